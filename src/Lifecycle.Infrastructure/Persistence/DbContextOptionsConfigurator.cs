using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>Points the context at the chosen provider and that provider's own migrations assembly.</summary>
public static class DbContextOptionsConfigurator
{
    public const string SqliteMigrationsAssembly = "Lifecycle.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Lifecycle.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        // Records kept in the project's own row (safeguards, success criteria) are saved whole by the domain, so "all
        // columns empty" never stands for a record that exists; EF's warning about that says nothing an operator can act on.
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
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
                    SqlServerConnectionString(options),
                    sql => sql
                        .MigrationsAssembly(SqlServerMigrationsAssembly)
                        .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                        .EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    /// <summary>The connection string, with <see cref="DatabaseOptions.Password"/> put in by the builder so it is quoted as needed.</summary>
    public static string SqlServerConnectionString(DatabaseOptions options)
    {
        var connection = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(
            options.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server."));
        if (!string.IsNullOrEmpty(options.Password))
        {
            connection.Password = options.Password;
        }

        return connection.ConnectionString;
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
