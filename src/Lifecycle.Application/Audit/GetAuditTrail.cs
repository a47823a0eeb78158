using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>
/// Reads a stream's entries and verifies its chain and seal. A page of the trail checks only the entries after the
/// last full check's signed checkpoint (see <see cref="CheckAuditChain"/>); the whole trail, for exports, is checked in full.
/// </summary>
public sealed class GetAuditTrail(ILifecycleDbContext db, IAuditSealer sealer)
{
    public const int PageSize = 50;

    public async Task<AuditTrail> ForAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.OrganisationId == organisationId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return new AuditTrail(entries, AuditVerification.Of(entries, await db.SealOfAsync(streamId, organisationId, cancellationToken), sealer.IsGenuine));
    }

    /// <summary>Pages count from 1; past the last page gives the last page.</summary>
    public async Task<AuditTrailPage> PageAsync(Guid streamId, Guid organisationId, AuditFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var stream = db.AuditEntries.AsNoTracking().Where(e => e.StreamId == streamId && e.OrganisationId == organisationId);
        var matching = stream;
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            matching = matching.Where(e => e.Kind == filter.Kind);
        }

        if (filter.ActorId is { } actorId)
        {
            matching = matching.Where(e => e.ActorId == actorId);
        }

        var count = await matching.CountAsync(cancellationToken);
        var page = Paging.Clamp(pageNumber, count, PageSize);
        var entries = await matching.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var kinds = await stream.Select(e => e.Kind).Distinct().ToListAsync(cancellationToken);
        var people = await stream.GroupBy(e => e.ActorId).Select(g => new { Id = g.Key, Name = g.Max(e => e.ActorName)! }).ToListAsync(cancellationToken);

        var (verification, checkpoint) = await VerifySinceCheckpointAsync(stream, streamId, organisationId, cancellationToken);
        return new AuditTrailPage(entries, count, page, PageSize, kinds.Order(StringComparer.Ordinal).ToList(),
            people.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).Select(p => (p.Id, p.Name)).ToList(), verification, checkpoint);
    }

    /// <summary>
    /// Checks the entries after the last intact full check, continuing its chain; with no trustworthy checkpoint (none,
    /// a signature that does not match, or one that found a break), checks the whole stream.
    /// </summary>
    private async Task<(AuditVerification, AuditCheckpoint?)> VerifySinceCheckpointAsync(IQueryable<AuditEntry> stream, Guid streamId, Guid organisationId,
        CancellationToken cancellationToken)
    {
        var checkpoint = await db.AuditCheckpoints.AsNoTracking().SingleOrDefaultAsync(c => c.StreamId == streamId && c.OrganisationId == organisationId, cancellationToken);
        var from = checkpoint is { IsIntact: true } && sealer.IsGenuine(checkpoint) ? checkpoint.Link : null;
        var after = from?.Sequence ?? 0;
        var entries = await stream.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var verification = AuditVerification.Of(entries, await db.SealOfAsync(streamId, organisationId, cancellationToken), sealer.IsGenuine, from);
        return (verification, checkpoint);
    }
}
