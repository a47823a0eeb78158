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

    public async Task<AuditCheckpoint> CheckAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var seal = await db.SealOfAsync(streamId, organisationId, cancellationToken);
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
                ? AuditVerification.Of(batch, seal, sealer.IsGenuine, link)
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

        checkpoint.Record(result, clock.GetUtcNow().UtcDateTime, sealer.Sign);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }
}
