
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Before a retirement completes, each Implement workbook answer has been looked at again since
/// the project entered the retirement stage: rewritten, or confirmed as still right.
/// </summary>
public sealed class ImplementAnswersMustBeReviewedRule(Project project) : IBusinessRule
{
    public IReadOnlyList<int> NotReviewed => LifecycleFramework.WorkbookQuestionsOf(Phase.Implement)
        .Where(q => project.CurrentAnswer(q.Number) is not { } answer || answer.AnsweredAt < project.CurrentStageProgress.EnteredAt)
        .Select(q => q.Number)
        .ToList();

    public bool IsBroken() => NotReviewed.Count > 0;

    public string Message =>
        $"the Implement workbook answers are looked at again now the tool is being retired: update each one, or confirm it still stands (still to do: {string.Join(", ", NotReviewed)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The Implement workbook answers have not all been looked at again now the tool is being retired (still to do: {string.Join(", ", NotReviewed)}): update each one, or confirm it still stands";
}
