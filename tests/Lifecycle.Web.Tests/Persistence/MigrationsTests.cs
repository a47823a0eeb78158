using Lifecycle.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lifecycle.Web.Tests.Persistence;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Migrations_AreCurrentWithTheModel(DatabaseProvider provider)
    {
        using var db = ContextFor(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration to both providers.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServerModel_HasNoMultipleCascadePathsOrCycles()
    {
        using var db = ContextFor(DatabaseProvider.SqlServer);
        var cascades = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && !fk.IsOwnership)
            .Select(fk => (Principal: fk.PrincipalEntityType.GetTableName()!, Dependent: fk.DeclaringEntityType.GetTableName()!))
            .ToList();

        var problems = CascadeProblems(cascades);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void CascadeCheck_FindsADiamond()
    {
        // The check itself must be able to fail: A cascades to D by two routes.
        var problems = CascadeProblems([("A", "B"), ("A", "C"), ("B", "D"), ("C", "D")]);

        Assert.Contains("2 cascade paths from A to D", problems);
    }

    /// <summary>SQL Server refuses a foreign key when a delete could cascade to the same table by two routes, or round a cycle.</summary>
    private static List<string> CascadeProblems(IReadOnlyList<(string Principal, string Dependent)> edges)
    {
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.Principal).Distinct())
        {
            var pathsTo = new Dictionary<string, int>();
            var stack = new Stack<(string Table, HashSet<string> Seen)>();
            stack.Push((start, [start]));
            while (stack.Count > 0)
            {
                var (table, seen) = stack.Pop();
                foreach (var (_, dependent) in edges.Where(e => e.Principal == table))
                {
                    if (seen.Contains(dependent))
                    {
                        problems.Add($"Cascade cycle from {start} back to {dependent}");
                        continue;
                    }

                    pathsTo[dependent] = pathsTo.GetValueOrDefault(dependent) + 1;
                    stack.Push((dependent, [.. seen, dependent]));
                }
            }

            problems.AddRange(pathsTo.Where(p => p.Value > 1).Select(p => $"{p.Value} cascade paths from {start} to {p.Key}"));
        }

        return problems;
    }

    private static LifecycleDbContext ContextFor(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<LifecycleDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=unused;Database=unused;TrustServerCertificate=True",
        }, Path.GetTempPath());
        return new LifecycleDbContext(builder.Options);
    }
}
