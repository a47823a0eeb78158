using System.Linq.Expressions;

namespace Lifecycle.Domain.Projects;

/// <summary>
/// A project's status comes from three dates, never from a stored status. The aggregate and the read queries both ask here,
/// so a list filtered in the database and a project loaded whole always agree.
/// </summary>
public static class ProjectStatuses
{
    public static ProjectStatus Of(DateTime? heldAt, DateTime? stoppedAt, DateTime? retiredAt) =>
        retiredAt.HasValue ? ProjectStatus.Retired
        : stoppedAt.HasValue ? ProjectStatus.Stopped
        : heldAt.HasValue ? ProjectStatus.OnHold
        : ProjectStatus.Active;

    /// <summary>The same rule as a filter a database can run.</summary>
    public static Expression<Func<Project, bool>> Matching(ProjectStatus status) => status switch
    {
        ProjectStatus.Retired => p => p.RetiredAt != null,
        ProjectStatus.Stopped => p => p.RetiredAt == null && p.StoppedAt != null,
        ProjectStatus.OnHold => p => p.RetiredAt == null && p.StoppedAt == null && p.HeldAt != null,
        _ => p => p.RetiredAt == null && p.StoppedAt == null && p.HeldAt == null,
    };
}
