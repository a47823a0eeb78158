using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>A person signs in, registers a project, completes stage 1 and moves on, in a real browser.</summary>
public sealed class LifecycleJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task SignInRegisterCompleteAndAdvance_IsAccessibleOnEveryPage()
    {
        var organisation = await server.OrganisationAsync("Browser Borough Council");
        var admin = await server.PersonAsync(organisation, "Ada Admin", isAdministrator: true);
        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);

        await page.GotoAsync("/");
        await Expect(page, "Sign in");
        await browser.CheckAsync(page);

        await page.GetByLabel("Password").FillAsync("wrong password entirely");
        await page.GetByLabel("Email address").FillAsync(admin.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GetByLabel("Password").FillAsync(TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page, "Your projects");
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Register a project" }).ClickAsync();
        await Expect(page, "Register a project");
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register project" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GetByLabel("Project name").FillAsync("Children's services demand dashboard");
        await page.GetByLabel("It will make predictions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register project" }).ClickAsync();
        await Expect(page, "Children's services demand dashboard");
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Stage 1: Problem identification" }).ClickAsync();
        await Expect(page, "Stage 1: Problem identification");
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Move to the next stage" }).ClickAsync();
        await page.GetByText("You cannot move to Stage 2: Capability assessment until:").WaitForAsync();
        await browser.CheckAsync(page);

        foreach (var code in new[] { "1.1", "1.2", "1.3", "1.4", "1.5" })
        {
            await page.Locator($"#item-{code.Replace('.', '-')} a:has-text('Update')").ClickAsync();
            await page.GetByLabel("Done", new() { Exact = true }).CheckAsync();
            if (code == "1.1")
            {
                await browser.CheckAsync(page);
                await page.GetByLabel("Link to evidence (optional)").FillAsync("not a web address");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
                await page.Locator(".govuk-error-summary").WaitForAsync();
                await browser.CheckAsync(page);
                await page.GetByLabel("Link to evidence (optional)").FillAsync("https://intranet.council.test/user-map");
            }

            await page.GetByLabel("Note (optional)").FillAsync($"Agreed at the project board ({code}). Diolch yn fawr – café ✓");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        }

        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to the next stage" }).ClickAsync();
        await Expect(page, "Stage 2: Capability assessment");
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Children's services demand dashboard" }).ClickAsync();
        Assert.Equal("Completed", (await page.Locator("#stage-1-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(page, "Audit trail");
        Assert.Contains("The audit trail is intact", await page.Locator("#audit-verification").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(page);

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Project team" }).ClickAsync();
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Give someone a role" }).ClickAsync();
        await browser.CheckAsync(page);

        await page.GotoAsync("/organisation/people");
        await browser.CheckAsync(page);
        await page.GotoAsync("/organisation/people/add");
        await browser.CheckAsync(page);

        Assert.True(browser.PagesChecked.Count >= 15, string.Join(", ", browser.PagesChecked));
    }

    [Fact]
    public async Task HoldAndStopForms_AreAccessible()
    {
        var organisation = await server.OrganisationAsync("Browser Borough Council");
        var manager = await server.PersonAsync(organisation, "Priya Manager");
        var projectId = await server.ProjectAsync(manager);
        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, manager.Email);

        await page.GotoAsync($"/projects/{projectId}/hold");
        await browser.CheckAsync(page);
        await page.GetByLabel("Why is the project going on hold?").FillAsync("Waiting for the data sharing agreement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        await page.Locator("#state-title").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GotoAsync($"/projects/{projectId}/stop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop project" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GotoAsync($"/projects/{Guid.NewGuid()}");
        await Expect(page, "Page not found");
        await browser.CheckAsync(page);
    }

    private static async Task Expect(IPage page, string heading) =>
        Assert.Equal(heading, (await page.Locator("h1").First.InnerTextAsync()).Trim());
}
