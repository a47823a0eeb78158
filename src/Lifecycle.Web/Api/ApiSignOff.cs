using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Api;

/// <summary>Where a sign-off request stands: the latest of each kind takes the kind's state; earlier ones are superseded.</summary>
public enum SignOffStanding
{
    AwaitingDecision,
    Approved,
    Rejected,
    ApprovalNoLongerMatches,
    Superseded,
}

/// <summary>A request for a senior leader's sign-off, and the decision on it if there is one.</summary>
public sealed record ApiSignOff(int Number, SignOffKind Kind, string Title, DateTime RequestedAt, string RequestedBy, ApiDecision? Decision, SignOffStanding Standing)
{
    public static IReadOnlyList<ApiSignOff> AllOf(Project project)
    {
        var latest = project.SignOffRequests.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Max(r => r.Number));
        return project.SignOffRequests.OrderBy(r => r.Number).Select(request =>
        {
            var decision = project.SignOffs.SingleOrDefault(s => s.RequestId == request.Id);
            var standing = latest[request.Kind] != request.Number ? SignOffStanding.Superseded : project.ApprovalStateOf(request.Kind) switch
            {
                ApprovalState.AwaitingDecision => SignOffStanding.AwaitingDecision,
                ApprovalState.Approved => SignOffStanding.Approved,
                ApprovalState.Rejected => SignOffStanding.Rejected,
                _ => SignOffStanding.ApprovalNoLongerMatches,
            };
            return new ApiSignOff(request.Number, request.Kind, SignOffLinks.Title(request.Kind), request.RequestedAt, request.RequestedByName,
                decision is null ? null : new ApiDecision(decision.Decision, decision.DecidedAt, decision.DecidedByName, decision.DecidedInRole, decision.Comment),
                standing);
        }).ToList();
    }
}

public sealed record ApiDecision(Decision Outcome, DateTime DecidedAt, string DecidedBy, string DecidedInRole, string? Comment);
