namespace Lifecycle.Domain.Monitoring;

/// <summary>One scheduled review of a live tool (stage 9): what was checked, the outcome, and accuracy judged as a test run's is.</summary>
public sealed class MonitoringReview : JudgedResult
{
    private MonitoringReview()
    {
        Security = DataQuality = Retraining = UserFeedback = string.Empty;
    }

    internal MonitoringReview(Guid projectId, int number, MonitoringReviewDetails details, IEnumerable<GroupCounts> groups, int? thresholdsVersion, Actor actor, DateTime at)
        : base(projectId, number, groups, thresholdsVersion, actor, at)
    {
        ReviewedOn = details.ReviewedOn;
        Security = details.Security!;
        DataQuality = details.DataQuality!;
        Retraining = details.Retraining!;
        UserFeedback = details.UserFeedback!;
        Outcome = details.Outcome;
        OutcomeReason = details.OutcomeReason;
    }

    public DateOnly ReviewedOn { get; private set; }

    public string Security { get; private set; }

    public string DataQuality { get; private set; }

    public string Retraining { get; private set; }

    public string UserFeedback { get; private set; }

    public ReviewOutcome Outcome { get; private set; }

    public string? OutcomeReason { get; private set; }

    /// <summary>The risk this review added to the log because it breached a threshold, if it did.</summary>
    public int? BreachRiskNumber { get; private set; }

    public override string Title => $"Monitoring review {Number}";

    internal void LinkBreachRisk(int riskNumber) => BreachRiskNumber = riskNumber;
}
