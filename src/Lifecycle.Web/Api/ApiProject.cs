using Lifecycle.Domain.Development;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Api;

/// <summary>
/// A project as a council's reporting tools see it: where it is, its dates, its next review, what the next stage gate
/// still needs and where each sign-off stands. Every value comes from the same domain rules the pages use.
/// </summary>
public sealed record ApiProject(
    Guid Id,
    string Name,
    string? Description,
    Phase Phase,
    ApiStage Stage,
    ProjectStatus Status,
    ApiFacts Facts,
    ApiProjectDates Dates,
    ApiNextReview? NextReview,
    ApiGate? NextGate,
    IReadOnlyList<ApiSignOffState> SignOffs,
    int OpenRisks,
    int SeriousOpenRisks,
    bool LatestReviewMissedAThreshold,
    ApiTransparency Transparency,
    ApiProjectLinks Links)
{
    public static ApiProject From(Project project, DateOnly today)
    {
        var path = ApiRoutes.Project(project.Id);
        var gate = project.IsReadOnly ? null : project.EvaluateGate();
        return new ApiProject(
            project.Id,
            project.Name,
            project.Description,
            project.CurrentStage.Phase,
            ApiStage.Of(project.CurrentStage),
            project.Status,
            new ApiFacts(project.IsPredictive, project.InvolvesThirdParty, project.IsHighRisk),
            new ApiProjectDates(project.CreatedAt, project.CurrentStageProgress.EnteredAt, project.WentLiveOn, project.HeldAt, project.StoppedAt, project.RetiredAt),
            project.NextReviewDue is { } due
                ? new ApiNextReview(due, MonitoringSchedule.TimingOf(due, today), project.LatestReview?.ReviewedOn)
                : null,
            gate is null ? null : new ApiGate(gate.To is null ? null : ApiStage.Of(gate.To), gate.IsOpen,
                gate.BrokenRules.Select(rule => new ApiOutstandingItem(RuleName(rule), rule.Message)).ToList()),
            Enum.GetValues<SignOffKind>().Where(kind => project.SignOffRequests.Any(r => r.Kind == kind))
                .Select(kind => new ApiSignOffState(kind, project.ApprovalStateOf(kind))).ToList(),
            project.Risks.Count(r => r.Status == Domain.Risks.RiskStatus.Open),
            project.SeriousOpenRisks.Count,
            project.HasThresholdBreach,
            new ApiTransparency(project.TransparencyConfirmedAt, project.TransparencyNeedsReview, project.TransparencyPublishedAt, PublicPage: null),
            new ApiProjectLinks(path, path + "/risks", path + "/sign-offs", path + "/test-runs", path + "/monitoring-reviews", path + "/transparency-record"));
    }

    /// <summary>The rule's class name without "Rule": stable, so a report can count or filter by it.</summary>
    private static string RuleName(IBusinessRule rule) => rule.GetType().Name is var name && name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : rule.GetType().Name;
}

public sealed record ApiStage(int Number, string Title, Phase Phase)
{
    public static ApiStage Of(StageDefinition stage) => new(stage.Number, stage.Title, stage.Phase);
}

/// <summary>The facts that decide which checklist items and gates apply.</summary>
public sealed record ApiFacts(bool IsPredictive, bool InvolvesThirdParty, bool IsHighRisk);

/// <summary>Times are UTC; <see cref="WentLiveOn"/> is the date the tool first went live.</summary>
public sealed record ApiProjectDates(DateTime CreatedAt, DateTime CurrentStageSince, DateOnly? WentLiveOn, DateTime? PutOnHoldAt, DateTime? StoppedAt,
    DateTime? RetiredAt);

/// <summary>Only while the tool is live and has a review interval.</summary>
public sealed record ApiNextReview(DateOnly Due, ReviewTiming Timing, DateOnly? LastReviewedOn);

/// <summary>
/// The gate out of the current stage: null once a project is stopped or retired. <see cref="To"/> is null for the last
/// stage (completing the retirement).
/// </summary>
public sealed record ApiGate(ApiStage? To, bool IsOpen, IReadOnlyList<ApiOutstandingItem> Outstanding);

/// <summary>One thing the gate still needs: the rule that is not yet met and what it asks for, in plain English.</summary>
public sealed record ApiOutstandingItem(string Rule, string Message);

public sealed record ApiSignOffState(SignOffKind Kind, ApprovalState State);

/// <summary>The transparency record: when it was confirmed, whether a change of scope means it needs another look, and its public page (a path on this service) while published.</summary>
public sealed record ApiTransparency(DateTime? ConfirmedAt, bool NeedsReview, DateTime? PublishedAt, string? PublicPage);

public sealed record ApiProjectLinks(string Self, string Risks, string SignOffs, string TestRuns, string MonitoringReviews, string TransparencyRecord);
