using Lifecycle.Application.Caching;
using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>
/// Reads a stream's entries and verifies its chain and seal. A page of the trail checks only the entries after the
/// last full check's signed checkpoint (see <see cref="CheckAuditChain"/>); the whole trail, for exports, is checked in full.
/// </summary>
public sealed class GetAuditTrail(ILifecycleDbContext db, IAuditSealer sealer, KeptAnswers kept)
{
    public const int PageSize = 50;

    public async Task<AuditTrail> ForAsync(Guid streamId, Guid organisationId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.OrganisationId == organisationId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return new AuditTrail(entries, AuditVerification.Of(entries, await db.SealOfAsync(streamId, organisationId, cancellationToken), sealer.IsGenuine,
            isProjectTrail: streamId != organisationId));
    }

    /// <summary>
    /// Pages count from 1; past the last page gives the last page. The chain is checked on every read; what the page
    /// shows is read again only when the trail has grown (or does not check out).
    /// </summary>
    public async Task<AuditTrailPage> PageAsync(Guid streamId, Guid organisationId, AuditFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var stream = db.AuditEntries.AsNoTracking().Where(e => e.StreamId == streamId && e.OrganisationId == organisationId);
        var (verification, checkpoint) = await VerifySinceCheckpointAsync(stream, streamId, organisationId, cancellationToken);
        var key = KeptKeys.AuditPage(organisationId, streamId, verification.LastIntact, filter, pageNumber);
        if (!verification.IsIntact || !kept.TryGet(key, out var contents))
        {
            contents = await ContentsAsync(stream, verification.LastIntact, filter, pageNumber, cancellationToken);
            if (verification.IsIntact)
            {
                kept.Keep(key, contents);
            }
        }

        return new AuditTrailPage(contents.Entries, contents.Matching, contents.Page, PageSize, contents.Kinds, contents.People, verification, checkpoint);
    }

    private static async Task<AuditPageContents> ContentsAsync(IQueryable<AuditEntry> stream, ChainLink? newest, AuditFilter filter, int pageNumber,
        CancellationToken cancellationToken)
    {
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

        // The filters' choices: every kind of change and every person in the trail, read together.
        var pairs = await stream.GroupBy(e => new { e.Kind, e.ActorId }).Select(g => new { g.Key.Kind, g.Key.ActorId, Name = g.Max(e => e.ActorName)! }).ToListAsync(cancellationToken);
        var kinds = pairs.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var people = pairs.GroupBy(p => p.ActorId)
            .Select(g => (Id: g.Key, Name: g.Select(p => p.Name).Max(StringComparer.Ordinal)!))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new AuditPageContents(newest, entries, count, page, kinds, people);
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
        var verification = AuditVerification.Of(entries, await db.SealOfAsync(streamId, organisationId, cancellationToken), sealer.IsGenuine, from,
            isProjectTrail: streamId != organisationId);
        return (verification, checkpoint);
    }
}
