using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>
/// The one way a use case changes a project: load it within the organisation, refuse if it has
/// moved on since the user saw it, apply the domain method, save with its audit entries.
/// </summary>
public sealed class ProjectCommandRunner(ILifecycleDbContext db, TimeProvider clock)
{
    /// <summary>Each lost race means another person's save landed, so this many people can add records at once and all succeed.</summary>
    private const int Attempts = 8;

    /// <param name="afterChange">Work that belongs in the same save, such as queuing the emails the change causes.</param>
    public async Task RunAsync(ProjectCommand command, Action<Project, DateTime> change, CancellationToken cancellationToken,
        Func<Project, CancellationToken, Task>? afterChange = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var project = await db.Projects.LoadAsync(command.ProjectId, command.OrganisationId, cancellationToken);
            if (!command.Scope.StillAsSeen(project, command.ExpectedVersion))
            {
                throw new ConcurrencyConflictException();
            }

            // The project's version is a concurrency token: the save fails if anyone saved the project since this load.
            var loadedVersion = project.Version;
            change(project, clock.GetUtcNow().UtcDateTime);
            if (afterChange is not null)
            {
                await afterChange(project, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException failure)
            {
                db.DiscardPendingChanges();
                // Losing a race shows either on the project row (its version) or on the next audit entry (its unique
                // sequence), depending on which the provider writes first; anything else is a real error.
                if (failure is not DbUpdateConcurrencyException && !await MovedOnAsync(command, loadedVersion, cancellationToken))
                {
                    throw;
                }

                if (!command.Scope.RetriesLostRaces || attempt == Attempts)
                {
                    throw new ConcurrencyConflictException();
                }
            }
        }
    }

    private async Task<bool> MovedOnAsync(ProjectCommand command, Guid loadedVersion, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Id == command.ProjectId).Select(p => p.Version).SingleAsync(cancellationToken) != loadedVersion;
}
