using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>
/// The one way a use case changes a project: load it within the organisation, refuse if it has
/// moved on since the user saw it, apply the domain method, save with its audit entries.
/// </summary>
public sealed class ProjectCommandRunner(ILifecycleDbContext db, TimeProvider clock)
{
    /// <param name="afterChange">Work that belongs in the same save, such as queuing the emails the change causes.</param>
    public async Task RunAsync(ProjectCommand command, Action<Project, DateTime> change, CancellationToken cancellationToken,
        Func<Project, CancellationToken, Task>? afterChange = null)
    {
        var project = await db.Projects.LoadAsync(command.ProjectId, command.OrganisationId, cancellationToken);
        if (project.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        db.ExpectVersion(project, command.ExpectedVersion);
        change(project, clock.GetUtcNow().UtcDateTime);
        if (afterChange is not null)
        {
            await afterChange(project, cancellationToken);
        }

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
