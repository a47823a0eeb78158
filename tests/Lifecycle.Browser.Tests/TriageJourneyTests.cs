using Lifecycle.Domain.Projects;
using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

public sealed class TriageJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Triage_QuestionsErrorsAndResult_AreAccessible()
    {
        var organisation = await server.OrganisationAsync("Browser Borough Council");
        var manager = await server.PersonAsync(organisation, "Priya Manager");
        var practitioner = await server.PersonAsync(organisation, "Dan Practitioner");
        var projectId = await server.ProjectAsync(manager);
        await server.AssignAsync(projectId, practitioner, ProjectRole.DataPractitioner);
        for (var stage = 1; stage < 4; stage++)
        {
            await server.CompleteCurrentStageAsync(projectId, manager);
            await server.AdvanceAsync(projectId, manager);
        }

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, practitioner.Email);

        await page.GotoAsync($"/projects/{projectId}/stages/4");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ethics triage", Exact = true }).ClickAsync();
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the triage" }).ClickAsync();
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the triage" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "Has the council used this type of analytics before?" }).GetByLabel("Yes, and there is evidence it worked").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Do other councils use this type of tool for the same problem?" }).GetByLabel("Not sure").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Have similar tools caused public concern or controversy?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Some have").CheckAsync();
        await page.GetByLabel("Yes, but it is not good enough yet").CheckAsync();
        await page.GetByLabel("Yes, about families who have a social worker").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Have similar tools been checked for bias?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Children and families in the area").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Would the tool leave little room" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Would the tool make predictions" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Could the tool cause something to happen" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the triage" }).ClickAsync();

        await page.Locator("#risk-level").WaitForAsync();
        Assert.Equal("High risk", (await page.Locator("#risk-level").InnerTextAsync()).Trim());
        await page.GetByText("The answers given").ClickAsync();
        await browser.CheckAsync(page);
    }
}
