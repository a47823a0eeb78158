using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>Reads a stream's entries in order and verifies the chain and its seal as it goes.</summary>
public sealed class GetAuditTrail(ILifecycleDbContext db, IAuditSealer sealer)
{
    public async Task<AuditTrail> ForAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.OrganisationId == organisationId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var seal = await db.AuditSeals.AsNoTracking().SingleOrDefaultAsync(s => s.StreamId == streamId && s.OrganisationId == organisationId, cancellationToken);

        return new AuditTrail(entries, AuditVerification.Of(entries, seal,
            s => sealer.IsGenuine(AuditSeal.Content(s.StreamId, s.Count, s.HeadHash), s.Signature)));
    }
}
