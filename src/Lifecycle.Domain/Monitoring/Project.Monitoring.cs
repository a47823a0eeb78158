using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int MonitoringStage = 9;

    private readonly List<MonitoringReview> _monitoringReviews = [];
    private readonly List<ScopeChange> _scopeChanges = [];

    public IReadOnlyList<MonitoringReview> MonitoringReviews => _monitoringReviews;

    public IReadOnlyList<ScopeChange> ScopeChanges => _scopeChanges;

    /// <summary>The latest review still in use: a withdrawn review no longer counts.</summary>
    public MonitoringReview? LatestReview => _monitoringReviews.Where(r => !r.IsWithdrawn).MaxBy(r => r.Number);

    public ScopeChange? LatestScopeChange => _scopeChanges.MaxBy(c => c.Number);

    /// <summary>The day the tool went live: when the project first entered Deployment and monitoring.</summary>
    public DateOnly? WentLiveOn => _stages.Where(s => s.StageNumber == MonitoringStage).Select(s => (DateOnly?)UkCalendar.DateOf(s.EnteredAt)).Min();

    /// <summary>When the next monitoring review is due; null until the tool is live with a review interval.</summary>
    public DateOnly? NextReviewDue =>
        MonitoringSchedule.NextDueWhileLive(CurrentStage.Number, IsReadOnly, WentLiveOn, LatestReview?.ReviewedOn, DeploymentPlan?.ReviewIntervalMonths);

    /// <summary>The latest review failed an accuracy threshold: the project is flagged until a review passes.</summary>
    public bool HasThresholdBreach => LatestReview is { } review && ResultOf(review) is { MeetsEveryThreshold: false };

    public bool TransparencyNeedsReview => LatestScopeChange is { } change && !(TransparencyConfirmedAt >= change.RecordedAt);

    /// <summary>What the latest scope change affects and nobody has looked at again since.</summary>
    public IReadOnlyList<string> OutstandingScopeReviews
    {
        get
        {
            if (LatestScopeChange is not { } change)
            {
                return [];
            }

            var outstanding = new List<string>();
            if (LatestTriage is null || LatestTriage.CompletedAt < change.RecordedAt)
            {
                outstanding.Add("the ethics triage");
            }

            outstanding.AddRange(_impactAssessments.Where(a => a.LastLookedAt < change.RecordedAt).OrderBy(a => a.Kind).ThenBy(a => a.Title).Select(a => a.Title));
            if (TransparencyNeedsReview)
            {
                outstanding.Add("the transparency record");
            }

            return outstanding;
        }
    }

    /// <summary>
    /// Records a monitoring review. A review whose figures breach a threshold flags the project
    /// and adds a risk to the log, so the breach is owned and followed up.
    /// </summary>
    public MonitoringReview RecordMonitoringReview(MonitoringReviewDetails details, IReadOnlyList<GroupCounts> groups, Actor actor, DateTime at)
    {
        var cleaned = details.Cleaned();
        var cleanedGroups = GroupCounts.Cleaned(groups);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, MonitoringStage, "monitoring reviews are recorded"),
            new PartsMustBeFilledRule("the review", cleaned.Parts),
            .. (cleaned.Outcome == ReviewOutcome.Continue
                ? new IBusinessRule[] { new LiveToolMustNotNeedAttentionRule(this) }
                : [new ReasonMustBeGivenRule(cleaned.OutcomeReason, "why the tool should be adapted or retired")]),
            .. (cleaned.Outcome == ReviewOutcome.Continue && WouldBreach(cleanedGroups)
                ? new IBusinessRule[] { new BreachMustNotContinueWithoutASeniorLeaderRule(this, actor.PersonId, cleaned.OutcomeReason) }
                : []),
            new DateMustNotBeInFutureRule(cleaned.ReviewedOn, at, "the date of the review"),
            new DateMustNotPrecedeRule(cleaned.ReviewedOn, WentLiveOn, "the date of the review", "the tool went live"),
            new PredictiveRunsNeedCountsRule(this, cleanedGroups, "monitoring review"),
            new GroupNamesMustBeDistinctRule(cleanedGroups),
            new GroupsMustBeFewEnoughRule(cleanedGroups),
            new CountsMustNotBeNegativeRule(cleanedGroups),
            new ScopeChangeReviewsMustBeDoneRule(this),
            .. (_monitoringReviews.Count == 0 ? [ImplementQuestionsMustBeAnswered()] : Array.Empty<IBusinessRule>()),
        ]);

        var review = new MonitoringReview(Id, _monitoringReviews.Count + 1, cleaned, cleanedGroups, CurrentThresholdVersion?.Number, actor, at);
        _monitoringReviews.Add(review);
        Record("MonitoringReviewRecorded", $"Monitoring review {review.Number}", null, Snapshot.Of(new
        {
            cleaned.ReviewedOn,
            Groups = GroupCounts.Describe(cleanedGroups),
            cleaned.Security,
            cleaned.DataQuality,
            cleaned.Retraining,
            cleaned.UserFeedback,
            Outcome = cleaned.Outcome.ToString(),
            cleaned.OutcomeReason,
        }), actor, at);

        if (ResultOf(review) is { MeetsEveryThreshold: false } result)
        {
            AddBreachRisk(review, result, actor, at);
        }

        return review;
    }

    /// <summary>Whether figures recorded now would miss a threshold in force (judged as the review will be).</summary>
    private bool WouldBreach(IReadOnlyList<GroupCounts> groups) =>
        IsPredictive && EvaluationResult.For(groups, AccuracyThresholds, null, UngroupedResultsAgreed) is { MeetsEveryThreshold: false };

    private WorkbookQuestionsMustBeAnsweredRule ImplementQuestionsMustBeAnswered()
    {
        var implement = LifecycleFramework.WorkbookQuestionsOf(Phase.Implement);
        return new WorkbookQuestionsMustBeAnsweredRule(this, implement[^1].Number, implement[0].Number);
    }

    /// <summary>The tool is to be used for something new: the triage, impact assessments and transparency record need looking at again.</summary>
    public void RecordScopeChange(string whatChanged, string why, Actor actor, DateTime at)
    {
        var what = DomainText.Required(whatChanged, TextLimits.LongText, "What changed");
        var reason = DomainText.Required(why, TextLimits.LongText, "Why");
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ProjectMustBeInStageRule(this, MonitoringStage, "a change of scope is recorded")]);

        var change = new ScopeChange(Id, _scopeChanges.Count + 1, what, reason, actor, at);
        _scopeChanges.Add(change);
        Record("ScopeChanged", $"Scope change {change.Number}", null, Snapshot.Of(new { WhatChanged = what, Why = reason }), actor, at);
    }

    /// <summary>
    /// A live tool's analytics type, datasets or triage outcome changed: that is a change of scope whether or not anyone
    /// records it, so the app raises one and the records it affects are looked at again.
    /// </summary>
    private void RaiseScopeChangeIfLive(string whatChanged, Actor actor, DateTime at)
    {
        if (CurrentStage.Number != MonitoringStage || IsReadOnly)
        {
            return;
        }

        const string why = "Raised by Lifecycle: a fact the tool went live on changed while it is in use.";
        var change = new ScopeChange(Id, _scopeChanges.Count + 1, whatChanged, why, actor, at);
        _scopeChanges.Add(change);
        Record("ScopeChanged", $"Scope change {change.Number}", null, Snapshot.Of(new { WhatChanged = whatChanged, Why = why }), actor, at);
    }

    private void AddBreachRisk(MonitoringReview review, EvaluationResult result, Actor actor, DateTime at)
    {
        var failed = result.Checks.Where(c => !c.IsMet).Select(c => c.Description);
        var riskId = AddRisk(new RiskDetails(
            $"Monitoring review {review.Number} breached the accuracy thresholds",
            $"Review on {review.ReviewedOn:d MMMM yyyy} did not meet: {string.Join("; ", failed)}.",
            "Model performance",
            Likelihood: 4,
            Impact: 4,
            Owner: DeploymentPlan?.MonitoringOwner,
            Mitigation: null,
            RiskStatus.Open,
            ReviewOn: review.ReviewedOn.AddDays(MonitoringSchedule.DueSoonDays)), actor, at);
        review.LinkBreachRisk(_risks.Single(r => r.Id == riskId).Number);
    }
}
