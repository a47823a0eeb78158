using Lifecycle.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>Issue 12: setting up two-factor authentication and signing in with a code, in a real browser, checked with axe.</summary>
public sealed class TwoFactorJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task TwoFactor_SetUpRecoveryCodesAndChallenge_AreAccessible()
    {
        var organisation = await server.OrganisationAsync("Two Factor Council");
        await server.WithDbAsync(async db =>
        {
            var found = await db.Organisations.SingleAsync(o => o.Id == organisation);
            found.ChangeTwoFactorRequirement(true, new(Guid.NewGuid(), "Test"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var person = await server.PersonAsync(organisation, "Tia Twofactor");

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, person.Email);
        await page.Locator("#authenticator-key").WaitForAsync();
        await browser.CheckAsync(page);
        var key = await page.Locator("#authenticator-key").InnerTextAsync();

        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Totp.CodeFor(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await page.Locator("#recovery-codes").WaitForAsync();
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await AccessibleBrowser.SignInAsync(page, person.Email);
        await page.GetByLabel("The 6-digit code your authenticator app shows for Lifecycle").WaitForAsync();
        await browser.CheckAsync(page);
        await page.GetByLabel("The 6-digit code your authenticator app shows for Lifecycle").FillAsync(Totp.CodeFor(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.Equal("Your projects", (await page.Locator("h1").First.InnerTextAsync()).Trim());
    }
}
