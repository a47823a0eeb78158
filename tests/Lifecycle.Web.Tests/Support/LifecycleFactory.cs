using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

namespace Lifecycle.Web.Tests.Support;

/// <summary>
/// The real app on a fresh database per test class: a temporary SQLite file with the real
/// migrations, or, when LIFECYCLE_TEST_SQLSERVER holds a connection string, a new SQL Server database.
/// </summary>
public class LifecycleFactory : WebApplicationFactory<Program>
{
    public const string SqlServerVariable = "LIFECYCLE_TEST_SQLSERVER";

    /// <summary>The key that signs audit seals in tests (32 bytes, base64).</summary>
    public const string TestSealKey = "dGVzdC1hdWRpdC1zZWFsLWtleS1mb3ItbGlmZWN5Y2xlISE=";

    private readonly string _databaseName = "lifecycle_test_" + Guid.NewGuid().ToString("N");
    private readonly string _sqliteFile;

    static LifecycleFactory()
    {
        // Every host the tests start would otherwise hold inotify watches (appsettings, wwwroot for versioned links), and
        // a test run starts well over a hundred hosts: past the usual limit of 128 per user, hosts fail to start. Polling
        // checks files on a timer instead; nothing in a test changes a file the app watches.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public LifecycleFactory()
    {
        _sqliteFile = Path.Combine(Path.GetTempPath(), _databaseName + ".db");
    }

    /// <summary>Where the File email transport writes this factory's emails.</summary>
    public string MailFolder => Path.Combine(Path.GetTempPath(), _databaseName + "-mail");

    public static string? SqlServerConnection => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs ? cs : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        var settings = DatabaseSettings().Concat(
        [
            new("Serilog:MinimumLevel:Default", "Warning"),
            new("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Error"),
            new("App:PublicBaseUrl", "http://localhost"),
            new("AllowedHosts", "*"),
            new("Audit:SealKey", TestSealKey),
            new("DataProtection:AllowUnencryptedKeys", "true"),
            new("Email:Transport", "File"),
            new("Email:FileFolder", MailFolder),
            new("Email:RunWorker", "false"),
            // Background work would race the tests; the ones about it call the workers directly.
            new("Audit:FullCheckEveryHours", "0"),
        ]).Concat(ExtraSettings());

        // A test class's own settings replace the defaults above.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings.GroupBy(s => s.Key).Select(g => g.Last())));
    }

    /// <summary>Configuration a test class needs on top of the database (a PDF browser path, for example).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    private IEnumerable<KeyValuePair<string, string?>> DatabaseSettings()
    {
        if (SqlServerConnection is { } server)
        {
            var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = _databaseName };
            return
            [
                new("Database:Provider", nameof(DatabaseProvider.SqlServer)),
                new("Database:ConnectionString", connection.ConnectionString),
            ];
        }

        return
        [
            new("Database:Provider", nameof(DatabaseProvider.Sqlite)),
            new("Database:ConnectionString", $"Data Source={_sqliteFile}"),
        ];
    }

    public T WithScope<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<LifecycleDbContext, Task<T>> use) =>
        WithScopeAsync(sp => use(sp.GetRequiredService<LifecycleDbContext>()));

    public override async ValueTask DisposeAsync()
    {
        if (SqlServerConnection is not null)
        {
            await WithDbAsync(async db => await db.Database.EnsureDeletedAsync());
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_sqliteFile);
    }
}
