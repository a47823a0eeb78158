
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>What success looks like, agreed in Design (stage 5) before anything is built.</summary>
    public SuccessCriteria? SuccessCriteria { get; private set; }

    private readonly List<ThresholdVersion> _thresholdVersions = [];

    /// <summary>Every setting of the thresholds, oldest first.</summary>
    public IReadOnlyList<ThresholdVersion> ThresholdHistory => _thresholdVersions;

    public ThresholdVersion? CurrentThresholdVersion => _thresholdVersions.MaxBy(v => v.Number);

    /// <summary>The accuracy a predictive tool must reach now, set in Design (stage 5) before any testing.</summary>
    public AccuracyThresholds? AccuracyThresholds => CurrentThresholdVersion?.Thresholds;

    /// <summary>The thresholds that were in force when a result was recorded (the current ones for a result recorded before versions were kept).</summary>
    public AccuracyThresholds? ThresholdsInForce(int? version) =>
        version is { } number && _thresholdVersions.FirstOrDefault(v => v.Number == number) is { } found ? found.Thresholds : AccuracyThresholds;

    public void RecordSuccessCriteria(SuccessCriteria criteria, Actor actor, DateTime at)
    {
        var cleaned = new SuccessCriteria(
            DomainText.Optional(criteria.WhatWillImprove, TextLimits.LongText, "What will improve"),
            DomainText.Optional(criteria.HowMeasured, TextLimits.LongText, "How it will be measured"),
            DomainText.Optional(criteria.Baseline, TextLimits.LongText, "Baseline"));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SuccessCriteriaMustBeCompleteRule(cleaned)]);
        if (cleaned == SuccessCriteria)
        {
            return;
        }

        var before = SuccessCriteria is null ? null : Snapshot.Of(SuccessCriteria);
        SuccessCriteria = cleaned;
        Record("SuccessCriteriaRecorded", "Success criteria", before, Snapshot.Of(cleaned), actor, at);
    }

    /// <summary>
    /// Sets or changes the thresholds, keeping every earlier version. Once testing has begun a change
    /// needs a reason; loosening them after a failing result also needs a senior leader's approval
    /// before testing can end (<see cref="ThresholdsLoosenedAfterFailure"/>). A reason the tool cannot be judged by
    /// group opens a request for a senior leader's agreement at once.
    /// </summary>
    public void SetAccuracyThresholds(AccuracyThresholds thresholds, string? reason, Actor actor, DateTime at)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ThresholdsApplyToPredictiveToolsRule(this),
            new MinimumGroupSizeMustBeInRangeRule(thresholds),
            .. _testRuns.Count > 0 && thresholds != AccuracyThresholds
                ? [new ReasonMustBeGivenRule(cleanReason, "why the thresholds are changing now that testing has begun")]
                : Array.Empty<IBusinessRule>(),
        ]);
        if (thresholds == AccuracyThresholds)
        {
            return;
        }

        var previous = AccuracyThresholds;
        var before = previous is null ? null : Snapshot.Of(previous);
        var version = new ThresholdVersion(Id, _thresholdVersions.Count + 1, thresholds, cleanReason, actor, at);
        _thresholdVersions.Add(version);
        Record("AccuracyThresholdsSet", $"Accuracy thresholds, version {version.Number}", before, Snapshot.Of(new { Thresholds = thresholds, Reason = cleanReason }), actor, at);

        // Not judging by group is a judgement about fairness, so the app asks a senior leader the moment the reason is given or changed.
        if (thresholds.WhyNotByGroup is { } why && why != previous?.WhyNotByGroup)
        {
            OpenRequest(SignOffKind.UngroupedResults, actor, at);
        }
    }

    /// <summary>
    /// The thresholds in force now would pass something a recorded test run or monitoring review
    /// failed against the thresholds of its day: moving the goalposts needs a senior leader's approval.
    /// </summary>
    public bool ThresholdsLoosenedAfterFailure => AccuracyThresholds is { } current && FailedThresholds().Any(current.IsLooserThan);

    private IEnumerable<AccuracyThresholds> FailedThresholds() =>
        _testRuns.Where(run => ResultOf(run) is { MeetsEveryThreshold: false }).Select(run => ThresholdsInForce(run.ThresholdsVersion)!)
            .Concat(_monitoringReviews.Where(review => ResultOf(review) is { MeetsEveryThreshold: false }).Select(review => ThresholdsInForce(review.ThresholdsVersion)!));
}
