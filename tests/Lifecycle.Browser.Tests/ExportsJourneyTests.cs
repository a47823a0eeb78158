using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>A project manager downloads the oversight pack and the transparency record; an administrator sets the marking.</summary>
public sealed class ExportsJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task PackTransparencyAndSettings_AreAccessible_AndThePdfDownloads()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        await server.FillAsync(team);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, team.Manager.Email);

        await page.GotoAsync($"/projects/{team.ProjectId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Oversight pack (PDF)" }).ClickAsync();
        await browser.CheckAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        await page.GetByRole(AriaRole.Link, new() { Name = "View it as a web page" }).ClickAsync();
        await page.Locator("#fingerprint").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GotoAsync($"/projects/{team.ProjectId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Algorithmic transparency record" }).ClickAsync();
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "View it under the ATRS 4.0 template's headings" }).ClickAsync();
        await browser.CheckAsync(page);

        var admin = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(admin, team.Admin.Email);
        await admin.GotoAsync("/organisation/settings");
        await browser.CheckAsync(admin);
        await admin.GetByLabel("Security marking for exported documents").FillAsync("");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await admin.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(admin);

        // The settings pages with their long values (the organisation id, the redirect URI, the public address) on a phone.
        await admin.SetViewportSizeAsync(AccessibleBrowser.PhoneWidth, 900);
        await admin.GotoAsync("/organisation/settings");
        await browser.CheckAsync(admin);
        await AccessibleBrowser.NoSidewaysScrollAsync(admin, AccessibleBrowser.PhoneWidth);
        Assert.Contains("signin-oidc", await admin.Locator("#redirect-uri").InnerTextAsync(), StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Change the public address" }).ClickAsync();
        await browser.CheckAsync(admin);
        await AccessibleBrowser.NoSidewaysScrollAsync(admin, AccessibleBrowser.PhoneWidth);
    }
}
