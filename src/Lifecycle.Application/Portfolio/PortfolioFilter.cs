using Lifecycle.Domain.Framework;

namespace Lifecycle.Application.Portfolio;

/// <summary>What the portfolio list is narrowed to and how it is ordered. Every part is optional; the empty filter lists everything the person can see.</summary>
public sealed record PortfolioFilter(
    Phase? Phase = null,
    int? Stage = null,
    ProjectStatus? Status = null,
    ReviewFilter? Review = null,
    bool AwaitingMySignOff = false,
    string? Search = null,
    PortfolioSort Sort = PortfolioSort.Name,
    ProjectRole? MyRole = null)
{
    public static readonly PortfolioFilter None = new();

    /// <summary>The same filter without the phase, for counting the projects in each phase.</summary>
    public PortfolioFilter AnyPhase => this with { Phase = null };
}

public enum ReviewFilter
{
    /// <summary>Overdue, or due within <see cref="Domain.Monitoring.MonitoringSchedule.DueSoonDays"/> days.</summary>
    DueOrOverdue,
    Overdue,
}

public enum PortfolioSort
{
    Name,
    Stage,
    NextReview,
}
