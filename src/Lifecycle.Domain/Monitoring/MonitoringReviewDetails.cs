namespace Lifecycle.Domain.Monitoring;

/// <summary>What a monitoring review checked besides accuracy, and what it decided.</summary>
public sealed record MonitoringReviewDetails(
    DateOnly ReviewedOn,
    string? Security,
    string? DataQuality,
    string? Retraining,
    string? UserFeedback,
    ReviewOutcome Outcome,
    string? OutcomeReason)
{
    public IReadOnlyList<RequiredPart> Parts =>
    [
        RequiredPart.Text("security check", Security),
        RequiredPart.Text("input data quality check", DataQuality),
        RequiredPart.Text("retraining", Retraining),
        RequiredPart.Text("user feedback", UserFeedback),
    ];

    internal MonitoringReviewDetails Cleaned() => this with
    {
        Security = DomainText.Optional(Security, TextLimits.LongText, "Security"),
        DataQuality = DomainText.Optional(DataQuality, TextLimits.LongText, "Input data quality"),
        Retraining = DomainText.Optional(Retraining, TextLimits.LongText, "Retraining"),
        UserFeedback = DomainText.Optional(UserFeedback, TextLimits.LongText, "User feedback"),
        OutcomeReason = DomainText.Optional(OutcomeReason, TextLimits.Reason, "Reason for the outcome"),
    };
}
