using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;
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

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations to the {Provider} database", pending.Count, options.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SealTrailsRecordedBeforeSealsAsync(cancellationToken);
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
