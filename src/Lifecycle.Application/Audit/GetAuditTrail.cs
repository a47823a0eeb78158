using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>Reads a stream's entries in order and verifies the chain as it goes.</summary>
public sealed class GetAuditTrail(ILifecycleDbContext db)
{
    public async Task<AuditTrail> ForAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.OrganisationId == organisationId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

        return new AuditTrail(entries, AuditVerification.Of(entries));
    }
}
