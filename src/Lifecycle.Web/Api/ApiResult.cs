using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Api;

/// <summary>A test run's results, judged against the accuracy thresholds in force when it was recorded.</summary>
public sealed record ApiTestRun(int Number, string Title, TestRunKind Kind, DateOnly RanOn, string? Notes, DateTime RecordedAt, string RecordedBy,
    ApiWithdrawal? Withdrawn, ApiJudgement Results)
{
    public static ApiTestRun From(Project project, TestRun run) => new(run.Number, run.Title, run.Kind, run.RanOn, run.Notes, run.RecordedAt, run.RecordedByName,
        ApiWithdrawal.From(run.Withdrawal), ApiJudgement.From(project, run));
}

/// <summary>A monitoring review of a live tool: its findings, outcome and results.</summary>
public sealed record ApiMonitoringReview(int Number, string Title, DateOnly ReviewedOn, ReviewOutcome Outcome, string? OutcomeReason, string Security,
    string DataQuality, string Retraining, string UserFeedback, int? BreachRiskNumber, DateTime RecordedAt, string RecordedBy, ApiWithdrawal? Withdrawn,
    ApiJudgement Results)
{
    public static ApiMonitoringReview From(Project project, MonitoringReview review) => new(review.Number, review.Title, review.ReviewedOn, review.Outcome,
        review.OutcomeReason, review.Security, review.DataQuality, review.Retraining, review.UserFeedback, review.BreachRiskNumber, review.RecordedAt,
        review.RecordedByName, ApiWithdrawal.From(review.Withdrawal), ApiJudgement.From(project, review));
}

public sealed record ApiWithdrawal(string Reason, DateTime WithdrawnAt, string WithdrawnBy)
{
    public static ApiWithdrawal? From(Withdrawal? withdrawal) =>
        withdrawal is null ? null : new ApiWithdrawal(withdrawal.Reason, withdrawal.WithdrawnAt, withdrawal.WithdrawnByName);
}

/// <summary>
/// Results overall and per group, each measure with its 95% interval, and every threshold check. When no thresholds
/// were set the checks are empty and <see cref="MeetsEveryThreshold"/> is null.
/// </summary>
public sealed record ApiJudgement(int? ThresholdsVersion, bool? MeetsEveryThreshold, ApiMeasures Overall, IReadOnlyList<ApiGroupResult> Groups,
    IReadOnlyList<ApiThresholdCheck> Checks)
{
    public static ApiJudgement From(Project project, JudgedResult result)
    {
        var judged = project.ResultOf(result);
        var overall = result.Groups.Aggregate(ConfusionCounts.None, (sum, group) => sum.Plus(group.Counts));
        var groups = result.Groups.OrderBy(g => g.Group, StringComparer.Ordinal).Select(g =>
        {
            var verdict = judged?.Groups.Single(r => r.Group == g.Group);
            return new ApiGroupResult(g.Group, g.Counts.Total, verdict?.IsTooFewToJudge, verdict?.GapAccepted ?? false, ApiMeasures.Of(g.Counts));
        }).ToList();
        var checks = judged?.Checks.Select(c => new ApiThresholdCheck(c.Description, c.Metric, c.Group, c.Required, c.Actual, c.IsMet)).ToList() ?? [];
        return new ApiJudgement(result.ThresholdsVersion, judged?.MeetsEveryThreshold, ApiMeasures.Of(overall), groups, checks);
    }
}

/// <summary>A group's results; <see cref="TooFewToJudge"/> is null when no thresholds (and so no minimum group size) were set.</summary>
public sealed record ApiGroupResult(string Group, int Cases, bool? TooFewToJudge, bool GapAccepted, ApiMeasures Measures);

public sealed record ApiMeasures(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives, ApiMeasure Precision, ApiMeasure Recall,
    ApiMeasure Accuracy)
{
    public static ApiMeasures Of(ConfusionCounts counts) => new(counts.TruePositives, counts.FalsePositives, counts.TrueNegatives, counts.FalseNegatives,
        ApiMeasure.Of(counts.Precision), ApiMeasure.Of(counts.Recall), ApiMeasure.Of(counts.Accuracy));
}

/// <summary>A proportion with its 95% (Wilson) interval; all null when there were no cases to measure it on.</summary>
public sealed record ApiMeasure(double? Value, double? Lower95, double? Upper95)
{
    public static ApiMeasure Of(Proportion proportion) => new(proportion.Value, proportion.Interval95?.Lower, proportion.Interval95?.Upper);
}

public sealed record ApiThresholdCheck(string Description, string? Metric, string? Group, double Required, double? Actual, bool Met);
