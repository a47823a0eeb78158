using Lifecycle.Domain.Audit;
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

        await SealTrailsRecordedBeforeSealsAsync(cancellationToken);
    }

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
    /// Trails recorded before seals existed are sealed once, as they stand, the first time the app starts
    /// with seals (when there are none at all). From then on every save moves its trail's seal.
    /// </summary>
    private async Task SealTrailsRecordedBeforeSealsAsync(CancellationToken cancellationToken)
    {
        if (await db.AuditSeals.AnyAsync(cancellationToken) || !await db.AuditEntries.AnyAsync(cancellationToken))
        {
            return;
        }

        var newest = await db.AuditEntries.AsNoTracking()
            .GroupBy(e => new { e.StreamId, e.OrganisationId })
            .Select(g => g.OrderByDescending(e => e.Sequence).First())
            .ToListAsync(cancellationToken);
        foreach (var entry in newest)
        {
            var seal = new AuditSeal(entry.StreamId, entry.OrganisationId);
            seal.Reseal(entry, db.Sealer.Sign(AuditSeal.Content(entry.StreamId, entry.Sequence, entry.Hash)));
            db.AuditSeals.Add(seal);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Sealed {Count} audit trails recorded before trails were sealed; each was sealed as it stood", newest.Count);
    }
}
