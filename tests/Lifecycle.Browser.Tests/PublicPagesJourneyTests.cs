using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Issue 15: a project manager publishes the record; a parent reads the public pages, gets an error, then sends a challenge. Axe on each page.</summary>
public sealed class PublicPagesJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task PublishingAndThePublicPages_AreAccessible()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        await server.FillToFirstReviewAsync(team);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var manager = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(manager, team.Manager.Email);
        await manager.GotoAsync($"/projects/{team.ProjectId}/transparency");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(manager, manager.GetByRole(AriaRole.Button, new() { Name = "Publish the record" }));
        await browser.CheckAsync(manager);
        var address = await manager.Locator("#public-address").GetAttributeAsync("href");

        var parent = await browser.NewPageAsync(server.Address);
        await parent.GotoAsync(address!);
        await browser.CheckAsync(parent);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(parent, parent.GetByRole(AriaRole.Link, new() { Name = "Data tools used by Test Borough Council" }));
        await browser.CheckAsync(parent);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(parent, parent.GetByRole(AriaRole.Link, new() { Name = "Early help dashboard" }));

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(parent, parent.GetByRole(AriaRole.Button, new() { Name = "Send" }));
        await parent.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(parent);
        await parent.GetByLabel("I want to challenge a decision the tool was used in").CheckAsync();
        await parent.GetByLabel("What is it about?").FillAsync("The decision about our referral");
        await parent.GetByLabel("Your message").FillAsync("We were not told the tool was used.");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(parent, parent.GetByRole(AriaRole.Button, new() { Name = "Send" }));
        Assert.Contains("Your message has been sent", await parent.Locator("#sent").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(parent);
    }
}
