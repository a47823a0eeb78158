namespace Lifecycle.Domain.Monitoring;

public static class IntervalText
{
    /// <summary>"Every month" style wording for a review interval: "Every 1 month", "Every 3 months".</summary>
    public static string Every(int months) => $"Every {months} {(months == 1 ? "month" : "months")}";
}
