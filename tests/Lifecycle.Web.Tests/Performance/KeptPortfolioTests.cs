using Lifecycle.Application.Projects;

namespace Lifecycle.Web.Tests.Performance;

/// <summary>Issue 14: the portfolio's answers are kept until any project of the organisation changes.</summary>
public sealed class KeptPortfolioTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task APortfolioPage_IsKeptUntilAnyProjectOfTheOrganisationChanges()
    {
        var team = await Team.CreateAsync(factory);
        var first = await PageAsync(team);
        Assert.Same(first, await PageAsync(team));

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.ChangeDetails(new Domain.Projects.ProjectDetails("Renamed tool", project.Description, Domain.Framework.ApplicabilityFacts.None), new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var changed = await PageAsync(team);
        Assert.NotSame(first, changed);
        Assert.Equal("Renamed tool", Assert.Single(changed.Rows).Name);
    }

    [Fact]
    public async Task AnotherPerson_GetsTheirOwnAnswer()
    {
        var team = await Team.CreateAsync(factory);
        var outsider = await factory.PersonAsync(team.OrganisationId, "Oli Outsider");

        Assert.Single((await PageAsync(team)).Rows);
        Assert.Empty((await PageAsync(team, outsider.Id)).Rows);
    }

    private Task<Application.Portfolio.PortfolioPage> PageAsync(Team team, Guid? personId = null) =>
        factory.WithScopeAsync(services => services.GetRequiredService<Application.Portfolio.KeptPortfolio>()
            .PageAsync(team.OrganisationId, personId ?? team.Manager.Id, false, Application.Portfolio.PortfolioFilter.None, DateOnly.FromDateTime(DateTime.UtcNow), 1, CancellationToken.None));
}
