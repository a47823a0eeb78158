using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Issue 12: email settings and the single sign-on explanation pages, in a real browser, checked with axe.</summary>
public sealed class AccountPagesJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task EmailSettings_AndTheSingleSignOnProblemPage_AreAccessible()
    {
        var organisation = await server.OrganisationAsync("Email Settings Council");
        var person = await server.PersonAsync(organisation, "Eli Emails");

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await page.GotoAsync("/account/sign-in/sso?problem=notinvited");
        Assert.Equal("You have not been added to Lifecycle", (await page.Locator("h1").InnerTextAsync()).Trim());
        await browser.CheckAsync(page);

        await AccessibleBrowser.SignInAsync(page, person.Email);

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Email settings" }));
        Assert.True(await page.GetByLabel("Send me emails about my projects", new() { Exact = true }).IsCheckedAsync());
        await browser.CheckAsync(page);

        await page.GetByLabel("Do not send me emails about my projects", new() { Exact = true }).CheckAsync();
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save email settings" }));
        Assert.Contains("You will not get emails about your projects", await page.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Do not send me emails about my projects", new() { Exact = true }).IsCheckedAsync());
        await browser.CheckAsync(page);
    }
}
