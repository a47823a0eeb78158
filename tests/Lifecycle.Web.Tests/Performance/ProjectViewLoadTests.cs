using System.Text.RegularExpressions;
using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Projects;
using Lifecycle.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Lifecycle.Web.Tests.Performance;

/// <summary>
/// Issue 14: display pages load only the parts of a project they read (ProjectViews). Each such page must
/// render exactly as it does from the whole project, on projects at every stage and in every status.
/// </summary>
public sealed partial class ProjectViewLoadTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task OverviewStagePagesAndRecordLists_RenderTheSameFromTheirPartsAsFromTheWholeProject()
    {
        await factory.WithScopeAsync(sp => sp.GetRequiredService<ScaleSeeder>()
            .SeedAsync(new ScaleSeedRequest(Organisations: 1, Projects: 30, LargestOrganisationProjects: 30, AuditEntries: 600), _ => { }, CancellationToken.None));
        var live = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(live);

        await using var wholeLoads = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped(sp => new GetProject(sp.GetRequiredService<ILifecycleDbContext>(), sp.GetRequiredService<Lifecycle.Application.Caching.KeptAnswers>(), ProjectParts.All))));
        var projects = await factory.WithDbAsync(db => db.Projects.Select(p => new { p.Id, p.OrganisationId }).ToListAsync());
        var scaleOrganisation = projects.GroupBy(p => p.OrganisationId).OrderByDescending(g => g.Count()).First().Key;

        var partial = await SignInAsync(factory, ScaleSeeder.EmailOf(0, ScaleRole.Manager), DemoAccounts.Password);
        var whole = await SignInAsync(wholeLoads, ScaleSeeder.EmailOf(0, ScaleRole.Manager), DemoAccounts.Password);
        var partialForLive = await SignInAsync(factory, live.Manager.Email, TestPeople.Password);
        var wholeForLive = await SignInAsync(wholeLoads, live.Manager.Email, TestPeople.Password);

        var compared = 0;
        foreach (var project in projects.Where(p => p.OrganisationId == scaleOrganisation || p.Id == live.ProjectId))
        {
            var (mine, reference) = project.Id == live.ProjectId ? (partialForLive, wholeForLive) : (partial, whole);
            var pages = new[] { "", "/risks", "/engagement", "/testing", "/monitoring" }.Concat(Enumerable.Range(1, 10).Select(n => $"/stages/{n}"));
            foreach (var path in pages.Select(page => $"/projects/{project.Id}{page}"))
            {
                var page = await PageAsync(mine, path);
                Assert.Equal(await PageAsync(reference, path), page);
                compared += page.StartsWith($"{path} OK", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.Equal(31 * 15, compared); // every page answered, so every comparison was of a real page
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string email, string password)
    {
        var client = new PageClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signIn = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(signIn, "form", new() { ["Input.Email"] = email, ["Input.Password"] = password })).StatusCode);
        return client.Http;
    }

    /// <summary>The page's main content, with the per-request antiforgery tokens taken out.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return $"{path} {response.StatusCode}\n{Token().Replace(html, "TOKEN")}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}
