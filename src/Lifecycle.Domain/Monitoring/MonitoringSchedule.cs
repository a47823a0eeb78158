namespace Lifecycle.Domain.Monitoring;

/// <summary>When the next monitoring review falls due (stage 9), and whether it is close or late.</summary>
public static class MonitoringSchedule
{
    public const int DueSoonDays = 14;

    /// <summary>One interval after the latest review, or after going live when there has been no review yet.</summary>
    public static DateOnly NextDue(DateOnly wentLive, DateOnly? latestReview, int intervalMonths) =>
        (latestReview ?? wentLive).AddMonths(intervalMonths);

    /// <summary>
    /// The next review of a live tool: one is due only while the project is in Deployment and monitoring, can still change
    /// (not stopped or retired) and has a review interval. The aggregate and the portfolio both ask here.
    /// </summary>
    public static DateOnly? NextDueWhileLive(int currentStage, bool isReadOnly, DateOnly? wentLive, DateOnly? latestReview, int? intervalMonths) =>
        currentStage == Projects.Project.MonitoringStage && !isReadOnly && wentLive is { } live && intervalMonths is { } months
            ? NextDue(live, latestReview, months)
            : null;

    public static ReviewTiming TimingOf(DateOnly due, DateOnly today) =>
        due < today ? ReviewTiming.Overdue
        : due <= today.AddDays(DueSoonDays) ? ReviewTiming.DueSoon
        : ReviewTiming.NotYetDue;
}

public enum ReviewTiming
{
    NotYetDue,
    DueSoon,
    Overdue,
}
