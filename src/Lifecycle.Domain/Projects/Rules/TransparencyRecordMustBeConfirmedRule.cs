namespace Lifecycle.Domain.Projects;

/// <summary>Only a record the team has confirmed complete, and looked at again since any change of scope, is published.</summary>
public sealed class TransparencyRecordMustBeConfirmedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.TransparencyConfirmedAt is null || project.TransparencyNeedsReview;

    public string Message => "the transparency record is confirmed complete, and confirmed again since the latest change of scope";

    public string Refusal => project.TransparencyConfirmedAt is null
        ? "The transparency record has not been confirmed complete: confirm it on the transparency page first"
        : "The scope has changed since the transparency record was confirmed: check it and confirm it again first";
}
