using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>Reads a whole project for display; changes made to it are never saved.</summary>
public sealed class GetProject(ILifecycleDbContext db)
{
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadAsync(projectId, organisationId, cancellationToken);
}
