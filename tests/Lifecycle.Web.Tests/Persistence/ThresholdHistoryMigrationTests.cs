using System.Globalization;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lifecycle.Web.Tests.Persistence;

/// <summary>The migration that versions thresholds keeps a database's existing thresholds as version 1 and points earlier results at it.</summary>
public sealed class ThresholdHistoryMigrationTests : IDisposable
{
    private const string ProjectId = "8D3C2B1A-0000-4000-8000-000000000001";
    private const string RunId = "8D3C2B1A-0000-4000-8000-000000000002";
    private const string OrganisationId = "8D3C2B1A-0000-4000-8000-000000000003";
    private readonly string path = Path.Combine(Path.GetTempPath(), $"lifecycle-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public void ExistingThresholds_BecomeVersion1_AndEarlierRunsAreJudgedAgainstThem()
    {
        using (var db = Context())
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            migrator.Migrate(all[all.FindIndex(m => m.EndsWith("_ThresholdHistoryAndGaps", StringComparison.Ordinal)) - 1]);
        }

        using (var connection = Open())
        {
            InsertRow(connection, "Organisations", new() { ["Id"] = OrganisationId });
            InsertRow(connection, "Projects", new()
            {
                ["Id"] = ProjectId, ["OrganisationId"] = OrganisationId, ["ThresholdPrecision"] = 0.7, ["ThresholdRecall"] = 0.75, ["ThresholdAccuracy"] = 0.8,
                ["ThresholdGroupGap"] = 0.1, ["ThresholdMinimumGroupSize"] = 20, ["CreatedAt"] = "2026-01-05 09:00:00",
            });
            InsertRow(connection, "TestRuns", new() { ["Id"] = RunId, ["ProjectId"] = ProjectId, ["Number"] = 1 });
        }

        using (var db = Context())
        {
            db.Database.Migrate();
        }

        using var check = Open();
        Assert.Equal("1|0.7|0.75|0.8|0.1|20", Scalar(check,
            $"SELECT Number || '|' || MinimumPrecision || '|' || MinimumRecall || '|' || MinimumAccuracy || '|' || MaximumGroupGap || '|' || MinimumGroupSize FROM ThresholdVersions WHERE ProjectId = '{ProjectId}'"));
        Assert.Equal("1", Scalar(check, $"SELECT ThresholdsVersion FROM TestRuns WHERE Id = '{RunId}'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private LifecycleDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<LifecycleDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path}" }, Path.GetTempPath());
        return new LifecycleDbContext(builder.Options);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    /// <summary>Inserts a row giving the named values and a harmless value for every other required column, whatever the table holds at this migration.</summary>
    private static void InsertRow(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type FROM pragma_table_info('{table}') WHERE \"notnull\" = 1 AND dflt_value IS NULL";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                var (name, type) = (reader.GetString(0), reader.GetString(1));
                if (!values.ContainsKey(name))
                {
                    values[name] = type switch
                    {
                        "INTEGER" => 0,
                        "REAL" => 0.0,
                        _ when name.EndsWith("Id", StringComparison.Ordinal) => Guid.NewGuid().ToString().ToUpperInvariant(),
                        _ when name.EndsWith("At", StringComparison.Ordinal) || name.EndsWith("On", StringComparison.Ordinal) => "2026-01-05",
                        _ => "x",
                    };
                }
            }
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))})";
        foreach (var (key, value) in values)
        {
            insert.Parameters.AddWithValue("$" + key, value);
        }

        insert.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
