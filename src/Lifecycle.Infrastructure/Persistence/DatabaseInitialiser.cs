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
    }
}
