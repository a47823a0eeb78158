
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Every workbook question in a range is answered: 1 to 5 before design, 1 to 11 before go-live,
/// and the Implement questions before the first monitoring review.
/// </summary>
public sealed class WorkbookQuestionsMustBeAnsweredRule(Project project, int lastQuestion, int firstQuestion = 1) : IBusinessRule
{
    public IReadOnlyList<int> Unanswered => LifecycleFramework.WorkbookQuestions
        .Where(q => q.Number >= firstQuestion && q.Number <= lastQuestion && project.CurrentAnswer(q.Number) is null)
        .Select(q => q.Number)
        .ToList();

    public bool IsBroken() => Unanswered.Count > 0;

    public string Message => $"ethics workbook questions {firstQuestion} to {lastQuestion} are answered (still to answer: {string.Join(", ", Unanswered)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Ethics workbook questions {string.Join(", ", Unanswered)} are not answered yet: answer them in the workbook";
}
