
namespace Lifecycle.Domain.Projects;

public sealed class WorkbookAnswerMustExistRule(WorkbookQuestion question, WorkbookAnswer? current) : IBusinessRule
{
    public bool IsBroken() => current is null;

    public string Message => $"workbook question {question.Number} has no answer to confirm yet: write one first";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
