using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>
/// The one way a use case changes a project: load it within the organisation, refuse if it has
/// moved on since the user saw it, apply the domain method, save with its audit entries.
/// </summary>
public sealed class ProjectCommandRunner(ILifecycleDbContext db, TimeProvider clock)
{
    public async Task RunAsync(ProjectCommand command, Action<Project, DateTime> change, CancellationToken cancellationToken)
    {
        var project = await db.Projects.LoadAsync(command.ProjectId, command.OrganisationId, cancellationToken);
        if (project.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        db.ExpectVersion(project, command.ExpectedVersion);
        change(project, clock.GetUtcNow().UtcDateTime);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }
}
