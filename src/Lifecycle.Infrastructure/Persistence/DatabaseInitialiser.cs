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
}
