using Lifecycle.Domain.Framework;

namespace Lifecycle.Application.Portfolio;

/// <summary>One project in the portfolio; <see cref="NextReviewDue"/> is set only while the tool is live.</summary>
public sealed record PortfolioRow(Guid ProjectId, string Name, StageDefinition CurrentStage, ProjectStatus Status, DateTime StageEnteredAt, IReadOnlySet<ProjectRole> MyRoles,
    DateOnly? NextReviewDue = null)
{
    /// <summary>A live tool one of whose passed gates no longer holds (see Project.NeedsAttention).</summary>
    public bool NeedsAttention { get; init; }
}
