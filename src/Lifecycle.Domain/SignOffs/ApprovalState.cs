namespace Lifecycle.Domain.SignOffs;

/// <summary>Where a kind of sign-off stands for a project, derived from its requests and decisions.</summary>
public enum ApprovalState
{
    NotSubmitted,
    AwaitingDecision,
    Approved,
    Rejected,
    ApprovalNoLongerMatches,
}
