using Lifecycle.Application.Projects;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Web.Tests.Persistence;

/// <summary>
/// Issue 28, point 1: the rule every kept answer rests on is enforced where changes are saved. For every kind of record
/// a project holds (read from the model, so a new record type is covered without touching this test), saving it changed
/// while the project's version stays the same is refused.
/// </summary>
public sealed class ProjectVersionRuleTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryKindOfProjectRecord_SavedChangedWithoutANewVersion_IsRefused()
    {
        var (testing, live) = await EveryKindOfRecord.CreateAsync(factory);

        var notHeld = new List<string>();
        var accepted = new List<string>();
        await factory.WithDbAsync(async db =>
        {
            foreach (var type in db.VersionRule.RecordTypes.OrderBy(t => t.ClrType.Name))
            {
                var record = await TrackedAsync(db, type, live) ?? await TrackedAsync(db, type, testing);
                if (record is null)
                {
                    notHeld.Add(type.ClrType.Name);
                    continue;
                }

                record.State = EntityState.Modified;
                var refused = await Record.ExceptionAsync(() => db.SaveChangesAsync());
                if (refused is not InvalidOperationException || !refused.Message.Contains(type.ClrType.Name, StringComparison.Ordinal))
                {
                    accepted.Add($"{type.ClrType.Name}: {refused?.Message ?? "saved"}");
                }
            }

            return 0;
        });

        Assert.Empty(accepted);
        Assert.True(notHeld.Count == 0, "The sample project holds no " + string.Join(", ", notHeld) + ": add one so the rule is tried on it.");
    }

    /// <summary>A record of the type from the team's project, loaded whole into a fresh change tracker.</summary>
    private static async Task<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry?> TrackedAsync(
        Lifecycle.Infrastructure.Persistence.LifecycleDbContext db, Microsoft.EntityFrameworkCore.Metadata.IEntityType type, Team team)
    {
        db.ChangeTracker.Clear();
        await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, ProjectParts.All, CancellationToken.None);
        return db.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == type);
    }
}
