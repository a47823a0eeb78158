using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>Reading a stream's seal and checking that a seal or checkpoint was signed with Lifecycle's key.</summary>
public static class AuditSignatures
{
    public static bool IsGenuine(this IAuditSealer sealer, AuditSeal seal) =>
        sealer.IsGenuine(AuditSeal.Content(seal.StreamId, seal.Count, seal.HeadHash), seal.Signature);

    public static bool IsGenuine(this IAuditSealer sealer, AuditCheckpoint checkpoint) => sealer.IsGenuine(checkpoint.Content, checkpoint.Signature);

    public static bool IsGenuine(this IAuditSealer sealer, AuditTally tally) =>
        sealer.IsGenuine(AuditTally.Content(tally.OrganisationId, tally.EntryCount), tally.Signature);

    public static Task<AuditSeal?> SealOfAsync(this ILifecycleDbContext db, Guid streamId, Guid organisationId, CancellationToken cancellationToken) =>
        db.AuditSeals.AsNoTracking().SingleOrDefaultAsync(s => s.StreamId == streamId && s.OrganisationId == organisationId, cancellationToken);
}
