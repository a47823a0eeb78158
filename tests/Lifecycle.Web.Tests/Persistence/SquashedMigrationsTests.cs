using Lifecycle.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lifecycle.Web.Tests.Persistence;

/// <summary>A database made by migrations that were later squashed away is refused with what to do, not a "table exists" error.</summary>
public sealed class SquashedMigrationsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lifecycle-squashed-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ADatabaseFromSquashedMigrations_IsRefusedAtStartWithAPlainMessage()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_path}" };
        await using (var db = Context(options))
        {
            await new DatabaseInitialiser(db, options, NullLogger<DatabaseInitialiser>.Instance).InitialiseAsync(CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261122214617_InitialSchema', '10.0.14')");
        }

        await using var again = Context(options);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DatabaseInitialiser(again, options, NullLogger<DatabaseInitialiser>.Instance).InitialiseAsync(CancellationToken.None));

        Assert.Contains("the first is 20261122214617_InitialSchema", refused.Message, StringComparison.Ordinal);
        Assert.Contains("delete src/Lifecycle.Web/App_Data", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private static LifecycleDbContext Context(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<LifecycleDbContext>();
        DbContextOptionsConfigurator.Configure(builder, options, Path.GetTempPath());
        return new LifecycleDbContext(builder.Options);
    }
}
