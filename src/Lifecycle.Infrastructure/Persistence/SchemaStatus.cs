using Lifecycle.Application.Abstractions;

namespace Lifecycle.Infrastructure.Persistence;

public sealed class SchemaStatus(LifecycleDbContext db) : ISchemaStatus
{
    public async Task<SchemaState> ReadAsync(CancellationToken cancellationToken) =>
        new((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList(), (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList());
}
