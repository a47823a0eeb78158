
namespace Lifecycle.Domain.Monitoring;

/// <summary>
/// One scheduled review of a live tool (stage 9). Never changed once recorded; its accuracy is
/// judged against the thresholds when read, as a test run's is.
/// </summary>
public sealed class MonitoringReview : IJudgedResult
{
    private readonly List<GroupCounts> _groups = [];
    private readonly List<GapAcceptance> _acceptedGaps = [];

    private MonitoringReview()
    {
        Security = DataQuality = Retraining = UserFeedback = RecordedByName = string.Empty;
    }

    internal MonitoringReview(Guid projectId, int number, MonitoringReviewDetails details, IEnumerable<GroupCounts> groups, int? thresholdsVersion, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        ReviewedOn = details.ReviewedOn;
        Security = details.Security!;
        DataQuality = details.DataQuality!;
        Retraining = details.Retraining!;
        UserFeedback = details.UserFeedback!;
        Outcome = details.Outcome;
        OutcomeReason = details.OutcomeReason;
        _groups.AddRange(groups);
        ThresholdsVersion = thresholdsVersion;
        RecordedById = actor.PersonId;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public string Security { get; private set; }

    public string DataQuality { get; private set; }

    public string Retraining { get; private set; }

    public string UserFeedback { get; private set; }

    public ReviewOutcome Outcome { get; private set; }

    public string? OutcomeReason { get; private set; }

    public IReadOnlyList<GroupCounts> Groups => _groups;

    /// <summary>The version of the accuracy thresholds in force when this was recorded; it is judged against them.</summary>
    public int? ThresholdsVersion { get; private set; }

    /// <summary>The risk this review added to the log because it breached a threshold, if it did.</summary>
    public int? BreachRiskNumber { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public IReadOnlyList<GapAcceptance> AcceptedGaps => _acceptedGaps;

    public Withdrawal? Withdrawal { get; private set; }

    public bool IsWithdrawn => Withdrawal is not null;

    public string Title => $"Monitoring review {Number}";

    public EvaluationResult? Evaluate(AccuracyThresholds? thresholds, bool ungroupedAgreed) => EvaluationResult.For(_groups, thresholds, _acceptedGaps.Select(g => g.Group), ungroupedAgreed);

    internal void Withdraw(string reason, Actor actor, DateTime at) => Withdrawal = new Withdrawal(reason, actor, at);

    internal void AcceptGap(string group, string reason, Actor actor, DateTime at) => _acceptedGaps.Add(new GapAcceptance(group, reason, actor, at));

    internal void LinkBreachRisk(int riskNumber) => BreachRiskNumber = riskNumber;
}
