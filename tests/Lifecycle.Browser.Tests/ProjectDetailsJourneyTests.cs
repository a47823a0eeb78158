using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Issue 13: the project details page after the solution is chosen, checked with axe (it once greyed out a hint below readable contrast).</summary>
public sealed class ProjectDetailsJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task ProjectDetails_WithCharacteristicsDecidedByTheSolution_AreAccessible()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        await server.AdvanceToAsync(team, 4);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, team.Manager.Email);

        await page.GotoAsync($"/projects/{team.ProjectId}/details");
        Assert.Contains("It will make predictions: yes", await page.Locator("#characteristics-locked").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(page);
    }
}
