
namespace Lifecycle.Domain.Projects;

/// <summary>Thresholds loosened after a failing result stand only once a senior leader (not the person who submitted the change) approves them.</summary>
public sealed class LoosenedThresholdsMustBeApprovedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.ThresholdsLoosenedAfterFailure && project.ApprovalStateOf(SignOffKind.ThresholdChange) != ApprovalState.Approved;

    public string Message =>
        "a senior leader approves the accuracy thresholds as they are now: they were loosened after a test run or review failed them, so submit the change for approval on the design page";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The accuracy thresholds were loosened after a test run or review failed them, and a senior leader has not approved them: submit the change for approval on the design page";
}
