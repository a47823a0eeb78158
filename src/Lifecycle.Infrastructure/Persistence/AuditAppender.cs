using Lifecycle.Domain.Audit;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>
/// Turns the changes aggregates recorded into chained audit entries, inside the same save,
/// so no state change is ever stored without its entry.
/// </summary>
internal static class AuditAppender
{
    public static void RefuseRewrites(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: entries cannot be changed or removed.");
        }
    }

    public static bool HasPendingChanges(LifecycleDbContext db) =>
        db.PendingOrganisationChanges.Count > 0
        || db.ChangeTracker.Entries<Project>().Any(e => e.Entity.PendingChanges.Count > 0)
        || db.ChangeTracker.Entries<Organisation>().Any(e => e.Entity.PendingChanges.Count > 0);

    /// <summary>Adds the entries for every pending change and returns how many each organisation gained.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> AppendPendingAsync(LifecycleDbContext db, CancellationToken cancellationToken)
    {
        var appended = new Dictionary<Guid, int>();
        foreach (var organisation in db.ChangeTracker.Entries<Organisation>().Select(e => e.Entity).Where(o => o.PendingChanges.Count > 0))
        {
            db.PendingOrganisationChanges.AddRange(organisation.PendingChanges.Select(c => (organisation.Id, organisation.Id, c)));
            organisation.ClearPendingChanges();
        }

        var streams = db.ChangeTracker.Entries<Project>()
            .Select(e => e.Entity)
            .Where(p => p.PendingChanges.Count > 0)
            .Select(p => (StreamId: p.Id, p.OrganisationId, Changes: p.PendingChanges.ToList(), Project: (Project?)p))
            .Concat(db.PendingOrganisationChanges
                .GroupBy(c => (c.StreamId, c.OrganisationId))
                .Select(g => (g.Key.StreamId, g.Key.OrganisationId, Changes: g.Select(c => c.Change).ToList(), Project: (Project?)null)))
            .ToList();

        foreach (var stream in streams)
        {
            var previous = await db.AuditEntries.AsNoTracking()
                .Where(e => e.StreamId == stream.StreamId)
                .OrderByDescending(e => e.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
            foreach (var change in stream.Changes)
            {
                previous = AuditEntry.Follow(previous, stream.StreamId, stream.OrganisationId, change);
                db.AuditEntries.Add(previous);
            }

            await SealAsync(db, stream.StreamId, stream.OrganisationId, previous!, cancellationToken);
            appended[stream.OrganisationId] = appended.GetValueOrDefault(stream.OrganisationId) + stream.Changes.Count;

            stream.Project?.ClearPendingChanges();
        }

        db.PendingOrganisationChanges.Clear();
        return appended;
    }

    /// <summary>Moves the stream's seal to its new newest entry, in the same save.</summary>
    private static async Task SealAsync(LifecycleDbContext db, Guid streamId, Guid organisationId, AuditEntry newest, CancellationToken cancellationToken)
    {
        var seal = await db.AuditSeals.SingleOrDefaultAsync(s => s.StreamId == streamId, cancellationToken);
        if (seal is null)
        {
            seal = new AuditSeal(streamId, organisationId);
            db.AuditSeals.Add(seal);
        }

        seal.Reseal(newest, db.Sealer.Sign(AuditSeal.Content(streamId, newest.Sequence, newest.Hash)));
    }
}
