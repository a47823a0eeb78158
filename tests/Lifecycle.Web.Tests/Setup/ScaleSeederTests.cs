using Lifecycle.Application.Audit;
using Lifecycle.Infrastructure.Seeding;
using Lifecycle.Web.Setup;

namespace Lifecycle.Web.Tests.Setup;

/// <summary>Issue 14: the scale seeder makes valid data, spread over every stage and status, for the load benchmark.</summary>
public sealed class ScaleSeederTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task ItSpreadsProjectsOverOrganisations_StagesAndStatuses_WithIntactAuditTrails_AndPeopleWhoCanSignIn()
    {
        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<ScaleSeeder>()
            .SeedAsync(new ScaleSeedRequest(Organisations: 3, Projects: 40, LargestOrganisationProjects: 14, AuditEntries: 4_000), _ => { }, CancellationToken.None));

        Assert.Equal((3, 12, 40), (result.Organisations, result.People, result.Projects));
        var perOrganisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Name.EndsWith(" Council") && o.Name != "Demo Borough Council")
            .Select(o => db.Projects.Count(p => p.OrganisationId == o.Id)).ToListAsync());
        Assert.Equal([14, 13, 13], perOrganisation.Where(c => c > 0).OrderDescending());

        var projects = await factory.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Stages).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 10), projects.Select(p => p.CurrentStage.Number).Distinct().Order());
        Assert.Superset(new HashSet<ProjectStatus> { ProjectStatus.Active, ProjectStatus.OnHold, ProjectStatus.Stopped, ProjectStatus.Retired }, projects.Select(p => p.Status).ToHashSet());

        // About as many audit entries as asked for (a project never has fewer than its records made).
        Assert.InRange(result.AuditEntries, 4_000, 4_000 + 250);
        foreach (var project in projects.Where(p => p.CurrentStage.Number is 1 or 9 or 10).Take(3))
        {
            var trail = await factory.WithScopeAsync(sp => sp.GetRequiredService<GetAuditTrail>().ForAsync(project.Id, project.OrganisationId, CancellationToken.None));
            Assert.True(trail.Verification.IsIntact, trail.Verification.Problem);
        }

        var manager = PageClient.For(factory);
        var signIn = await manager.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(signIn, "form", new()
        {
            ["Input.Email"] = ScaleSeeder.EmailOf(0, ScaleRole.Manager),
            ["Input.Password"] = DemoAccounts.Password,
        })).StatusCode);
        var portfolio = await manager.GetAsync("/");
        Assert.Contains("14 projects", portfolio.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommand_RefusesOutsideDevelopment()
    {
        var organisationsBefore = await factory.WithDbAsync(db => db.Organisations.CountAsync());
        var (code, output) = await factory.WithScopeAsync(async sp =>
        {
            using var writer = new StringWriter();
            var code = await sp.GetRequiredService<SetupCommand>().RunAsync(["seed-scale", "--organisations", "2", "--projects", "4"], writer, CancellationToken.None);
            return (code, writer.ToString());
        });

        Assert.Equal(SetupCommand.Refused, code);
        Assert.Contains("seed-scale only runs in Development", output, StringComparison.Ordinal);
        Assert.Equal(organisationsBefore, await factory.WithDbAsync(db => db.Organisations.CountAsync()));
    }
}
