namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustBeConfirmedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.TransparencyConfirmedAt is null || project.TransparencyNeedsReview;

    public string Message => project.TransparencyConfirmedAt is null
        ? "the transparency record has been checked and confirmed complete"
        : "the transparency record has been confirmed again since the scope changed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => project.TransparencyConfirmedAt is null
        ? "The transparency record has not been confirmed complete: check it and confirm it on the transparency page"
        : "The scope changed after the transparency record was confirmed: check it and confirm it again";
}
