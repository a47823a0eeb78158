using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>
/// Re-hashes a whole stream, entry by entry in batches so memory stays flat however long it is, and keeps the result
/// as the stream's signed checkpoint: pages of the trail then check only what was added since. Run in the background
/// for every stream (<c>AuditChainWorker</c>) and on demand from a trail's page.
/// </summary>
public sealed class CheckAuditChain(ILifecycleDbContext db, IAuditSealer sealer, TimeProvider clock)
{
    private const int Batch = 5_000;

    /// <summary>How soon a person may ask for another full check of the same trail: each one re-hashes every entry.</summary>
    public static readonly TimeSpan OnDemandInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A full check a person asked for: refused (null, with when they may ask again) if the trail was checked in full
    /// less than <see cref="OnDemandInterval"/> ago.
    /// </summary>
    public async Task<(AuditCheckpoint? Result, DateTime? TryAgainAt)> CheckOnDemandAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var last = await db.AuditCheckpoints.AsNoTracking().Where(c => c.StreamId == streamId && c.OrganisationId == organisationId)
            .Select(c => (DateTime?)c.CheckedAt).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (last is { } at && now - at < OnDemandInterval)
        {
            return (null, at + OnDemandInterval);
        }

        return (await CheckAsync(streamId, organisationId, cancellationToken), null);
    }

    public async Task<AuditCheckpoint> CheckAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var seal = await db.SealOfAsync(streamId, organisationId, cancellationToken);
        var isProjectTrail = streamId != organisationId;
        ChainLink? link = null;
        var checkedCount = 0;
        AuditVerification result;
        while (true)
        {
            var after = link?.Sequence ?? 0;
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.StreamId == streamId && e.OrganisationId == organisationId && e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            result = batch.Count < Batch
                ? AuditVerification.Of(batch, seal, sealer.IsGenuine, link, isProjectTrail)
                : AuditVerification.Partial(batch, link);
            checkedCount += result.EntriesChecked;
            link = result.LastIntact;
            if (!result.IsIntact || batch.Count < Batch)
            {
                break;
            }
        }

        result = result with { EntriesChecked = checkedCount, CheckedFrom = 1 };
        var checkpoint = await db.AuditCheckpoints.SingleOrDefaultAsync(c => c.StreamId == streamId, cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new AuditCheckpoint(streamId, organisationId);
            db.AuditCheckpoints.Add(checkpoint);
        }
        else if (await ShorterThanLastCheckAsync(checkpoint, streamId, organisationId, cancellationToken) is { } shortened)
        {
            // Never re-baseline a trail that got shorter: keep where the last check had reached, and say it is broken.
            result = shortened with { EntriesChecked = checkedCount };
        }

        checkpoint.Record(result, clock.GetUtcNow().UtcDateTime, sealer.Sign);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }

    /// <summary>
    /// A trail whose newest entry comes before the newest one an earlier full check (signed by Lifecycle) found intact
    /// lost entries from its end, whatever its seal now says.
    /// </summary>
    private async Task<AuditVerification?> ShorterThanLastCheckAsync(AuditCheckpoint last, Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        if (!sealer.IsGenuine(last) || last.Link is not { } reached)
        {
            return null;
        }

        var newest = await db.AuditEntries.Where(e => e.StreamId == streamId && e.OrganisationId == organisationId)
            .MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        return newest >= reached.Sequence
            ? null
            : new AuditVerification(0, newest + 1,
                $"The trail is shorter than when it was last checked in full: entries {newest + 1} to {reached.Sequence} are missing, " +
                "and it will not be treated as whole again until they are put back.", 1, reached);
    }
}
