using Lifecycle.Domain.Audit;
using Lifecycle.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>Brings the database up to the latest migration: migrations are the only way the schema is made.</summary>
public sealed class DatabaseInitialiser(LifecycleDbContext db, DatabaseOptions options, ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await RefuseSquashedHistoryAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations to the {Provider} database", pending.Count, options.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (pending.Any(m => m.EndsWith(TalliesMigration, StringComparison.Ordinal)))
        {
            await SealAndTallyTrailsAsTheyStandAsync(cancellationToken);
        }

        if (pending.Any(m => m.EndsWith(PublicAddressMigration, StringComparison.Ordinal)))
        {
            await KeepThePublicAddressesInUseAsync(cancellationToken);
        }
    }

    /// <summary>The migration that stored organisations' public addresses instead of working them out from their names.</summary>
    private const string PublicAddressMigration = "_OrganisationPublicAddress";

    /// <summary>
    /// Once, in the start that stores public addresses: each organisation keeps the address it was being served at (its
    /// name's slug, or with the start of its id when two names gave the same slug), so no published link moves.
    /// </summary>
    private async Task KeepThePublicAddressesInUseAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var shared = organisations.GroupBy(o => Slugs.Of(o.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var organisation in organisations)
        {
            var slug = Slugs.Of(organisation.Name);
            var address = shared.Contains(slug) ? $"{slug}-{organisation.Id.ToString("N")[..8]}" : slug;
            await db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PublicAddress, address), cancellationToken);
        }
    }

    /// <summary>The migration that added organisations' tallies: the only start at which trails are sealed as they stand.</summary>
    private const string TalliesMigration = "_AuditTallies";

    /// <summary>
    /// The migrations were squashed into one before the first release (ADR 0002). A database made by the
    /// old ones cannot be brought up to date; say so plainly instead of failing on "table already exists".
    /// </summary>
    private async Task RefuseSquashedHistoryAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"This database was made by {unknown.Count} migration(s) this version does not have (the first is {unknown[0]}): they were squashed into one " +
                "before the first release. Start again with an empty database (in Development, delete src/Lifecycle.Web/App_Data).");
        }
    }

    /// <summary>
    /// Once, in the start that adds organisations' tallies, any trail recorded before seals existed is sealed as it
    /// stands and each organisation's tally starts at what its seals account for. Never again: a seal or tally that
    /// goes missing later is tampering, and sealing it afresh would hide exactly what the seal is there to show.
    /// </summary>
    private async Task SealAndTallyTrailsAsTheyStandAsync(CancellationToken cancellationToken)
    {
        var sealedStreams = await db.AuditSeals.Select(s => s.StreamId).ToListAsync(cancellationToken);
        var newest = (await db.AuditEntries.AsNoTracking()
            .GroupBy(e => new { e.StreamId, e.OrganisationId })
            .Select(g => g.OrderByDescending(e => e.Sequence).First())
            .ToListAsync(cancellationToken)).Where(e => !sealedStreams.Contains(e.StreamId)).ToList();
        foreach (var entry in newest)
        {
            var seal = new AuditSeal(entry.StreamId, entry.OrganisationId);
            seal.Reseal(entry, db.Sealer.Sign(AuditSeal.Content(entry.StreamId, entry.Sequence, entry.Hash)));
            db.AuditSeals.Add(seal);
        }

        await db.SaveChangesAsync(cancellationToken);
        var totals = await db.AuditSeals.GroupBy(s => s.OrganisationId).Select(g => new { OrganisationId = g.Key, Count = g.Sum(s => s.Count) }).ToListAsync(cancellationToken);
        foreach (var total in totals)
        {
            db.AuditTallies.Add(AuditTally.StartingAt(total.OrganisationId, total.Count, db.Sealer.Sign(AuditTally.Content(total.OrganisationId, total.Count))));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (newest.Count > 0)
        {
            logger.LogWarning("Sealed {Count} audit trails recorded before trails were sealed; each was sealed as it stood", newest.Count);
        }
    }
}
