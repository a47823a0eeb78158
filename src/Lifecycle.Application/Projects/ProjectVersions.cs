using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>
/// Which version each of an organisation's projects is at, without loading them: a reader keeps answers per version and
/// loads only the projects that changed since.
/// </summary>
public sealed class ProjectVersions(ILifecycleDbContext db)
{
    /// <summary>A page of the organisation's projects, oldest first (so paging stays steady while projects are added), and how many there are.</summary>
    public async Task<(IReadOnlyList<(Guid Id, Guid Version)> Rows, int Total)> PageAsync(Guid organisationId, int skip, int take, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.OrganisationId == organisationId);
        var total = await projects.CountAsync(cancellationToken);
        var rows = await projects.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Skip(skip).Take(take)
            .Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken);
        return (rows.Select(r => (r.Id, r.Version)).ToList(), total);
    }

    /// <exception cref="NotFoundException">No such project in the organisation.</exception>
    public async Task<Guid> OfAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId).Select(p => (Guid?)p.Version)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Project");
}
