using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite read the database file through memory mapping instead of a read call per page, and gives each
/// connection a larger page cache: with thousands of projects a portfolio query touches pages all over the file.
/// Set each time a pooled connection is opened, because these settings belong to the connection, not the file.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -8000;";

    public static readonly SqliteConnectionTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
