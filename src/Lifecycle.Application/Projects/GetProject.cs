using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>Reads a whole project for display; changes made to it are never saved.</summary>
public sealed class GetProject(ILifecycleDbContext db)
{
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadAsync(projectId, organisationId, cancellationToken);

    /// <summary>Only the name, for pages about something else of the project (its audit trail).</summary>
    public async Task<string> NameAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Project");
}
