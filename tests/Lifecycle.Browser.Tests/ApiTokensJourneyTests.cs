using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Issue 15: an administrator makes an API token (with a mistake first), copies it, and revokes it. Axe on each page.</summary>
public sealed class ApiTokensJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task MakingAndRevokingAToken_IsAccessible()
    {
        var team = await Team.CreateAsync(server);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var admin = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(admin, team.Admin.Email);

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Link, new() { Name = "API tokens" }));
        await browser.CheckAsync(admin);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "Make a token" }));
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "Make the token" }));
        await admin.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(admin);

        await admin.GetByLabel("Name").FillAsync("Power BI performance dashboard");
        await admin.GetByLabel("90 days").CheckAsync();
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "Make the token" }));
        Assert.StartsWith("lcy_", await admin.Locator("#new-token").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(admin);

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Link, new() { Name = "Revoke Power BI performance dashboard" }));
        await browser.CheckAsync(admin);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "Revoke the token" }));
        Assert.Contains("has been revoked", await admin.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(admin);
    }
}
