using Microsoft.Data.Sqlite;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>Points the context at the chosen provider and that provider's own migrations assembly.</summary>
public static class DbContextOptionsConfigurator
{
    public const string SqliteMigrationsAssembly = "Lifecycle.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Lifecycle.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options, contentRoot), sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(SqliteConnectionTuning.Instance);
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(
                    options.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server."),
                    sql => sql
                        .MigrationsAssembly(SqlServerMigrationsAssembly)
                        .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                        .EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    private static string SqliteConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var folder = Path.GetFullPath(options.DataFolder, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "lifecycle.db") }.ToString();
    }
}
