
namespace Lifecycle.Domain.Projects;

/// <summary>A senior leader has approved exactly what the project holds now (the business case, the go-live plan, the retirement).</summary>
public sealed class ApprovalMustMatchRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.ApprovalStateOf(kind) != ApprovalState.Approved;

    public string Message => project.ApprovalStateOf(kind) != ApprovalState.ApprovalNoLongerMatches
        ? $"a senior leader has approved {kind.Subject()}"
        : project.LatestDecision(kind) is { } approval && project.PredatesLatestTriage(approval)
            ? $"a senior leader approves {kind.Subject()} with the latest ethics triage in view: the triage was redone after it was submitted, so submit it again"
            : $"a senior leader approves {kind.Subject()} as it is now: it, or a fact it rests on, has changed since it was approved";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => project.ApprovalStateOf(kind) != ApprovalState.ApprovalNoLongerMatches
        ? $"A senior leader has not approved {kind.Subject()}: submit it for sign-off, or wait for their decision"
        : project.LatestDecision(kind) is { } approval && project.PredatesLatestTriage(approval)
            ? $"The ethics triage was redone after {kind.Subject()} was submitted: submit it again, so the approval has the latest triage in view"
            : $"{kind.Subject()} has changed since it was approved, or a fact it rests on has: submit it again for approval";
}
