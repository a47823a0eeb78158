using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.SignOffs;

/// <summary>What is waiting for this senior leader's decision, on the projects where they are a senior leader.</summary>
public sealed class GetAwaitingSignOffs(ILifecycleDbContext db)
{
    public async Task<IReadOnlyList<AwaitingSignOff>> ForAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        // Starting from the person's own senior-leader places (an index on the person) instead of testing every project
        // of the organisation in turn: a quarter of the time for a person on hundreds of projects.
        var leading = db.Projects.SelectMany(p => p.Members)
            .Where(m => m.PersonId == personId && m.Role == ProjectRole.SeniorLeader)
            .Select(m => m.ProjectId);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => leading.Contains(p.Id))
            .Where(p => p.OrganisationId == organisationId && p.StoppedAt == null)
            .Where(p => p.SignOffRequests.Count > p.SignOffs.Count)
            .Include(p => p.SignOffRequests)
            .Include(p => p.SignOffs)
            .ToListAsync(cancellationToken);

        return projects
            .SelectMany(p => Enum.GetValues<Domain.SignOffs.SignOffKind>()
                .Select(kind => p.PendingRequest(kind))
                .OfType<Domain.SignOffs.SignOffRequest>()
                .Where(r => r.RequestedById != personId)
                .Select(r => new AwaitingSignOff(p.Id, p.Name, r.Kind, r.RequestedByName, r.RequestedAt)))
            .OrderBy(a => a.SubmittedAt)
            .ToList();
    }
}
