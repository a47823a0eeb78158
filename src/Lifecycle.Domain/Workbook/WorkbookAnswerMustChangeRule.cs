
namespace Lifecycle.Domain.Projects;

public sealed class WorkbookAnswerMustChangeRule(WorkbookAnswer? current, string? text) : IBusinessRule
{
    public bool IsBroken() => current is not null && current.Text == text;

    public string Message => "the answer differs from the version already saved";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The answer is the same as the one already saved, so there is nothing to save";
}
