using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Projects;

namespace Lifecycle.Web.Tests.Performance;

/// <summary>Issue 14: display pages share one copy of a project per version, and a change is seen on the next read.</summary>
public sealed class SharedCopyTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task AnUnchangedProject_IsReadOnce_AndAChangedOneAgain()
    {
        var team = await Team.CreateAsync(factory);

        var first = await SharedCopyAsync(team);
        var again = await SharedCopyAsync(team);
        Assert.Same(first, again);

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.AddOversightMember("Olu Overseer", null, null, Domain.Oversight.Independence.Internal, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var changed = await SharedCopyAsync(team);
        Assert.NotSame(first, changed);
        Assert.NotEqual(first.Version, changed.Version);
        Assert.Contains(changed.OversightMembers, m => m.Name == "Olu Overseer");
        Assert.DoesNotContain(first.OversightMembers, m => m.Name == "Olu Overseer");
    }

    [Fact]
    public async Task CopiesOfDifferentParts_AreKeptApart()
    {
        var team = await Team.CreateAsync(factory);

        var risks = await SharedCopyAsync(team, ProjectViews.RiskLog);
        var whole = await SharedCopyAsync(team, ProjectParts.All);

        Assert.NotSame(risks, whole);
        Assert.Same(whole, await SharedCopyAsync(team, ProjectParts.All));
    }

    [Fact]
    public async Task AnotherOrganisationsProject_IsNotFound_EvenWhenACopyIsKept()
    {
        var team = await Team.CreateAsync(factory);
        var other = await Team.CreateAsync(factory);
        await SharedCopyAsync(team);

        await Assert.ThrowsAsync<NotFoundException>(() => factory.WithScopeAsync(services =>
            services.GetRequiredService<GetProject>().SharedCopyAsync(team.ProjectId, other.OrganisationId, ProjectParts.All, CancellationToken.None)));
    }

    private Task<Project> SharedCopyAsync(Team team, ProjectParts parts = ProjectParts.Oversight) =>
        factory.WithScopeAsync(services => services.GetRequiredService<GetProject>().SharedCopyAsync(team.ProjectId, team.OrganisationId, parts, CancellationToken.None));
}
