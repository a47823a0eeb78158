using Lifecycle.Domain.Projects;
using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>A data practitioner completes the maturity self-assessment, chooses a solution and catalogues a dataset.</summary>
public sealed class ExploreAssessmentJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task MaturitySolutionAndDatasets_AreAccessibleIncludingTheirErrors()
    {
        var organisation = await server.OrganisationAsync("Browser Borough Council");
        var manager = await server.PersonAsync(organisation, "Priya Manager");
        var practitioner = await server.PersonAsync(organisation, "Dan Practitioner");
        var projectId = await server.ProjectAsync(manager);
        await server.AssignAsync(projectId, practitioner, ProjectRole.DataPractitioner);
        await server.CompleteCurrentStageAsync(projectId, manager);
        await server.AdvanceAsync(projectId, manager);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, practitioner.Email);

        await page.GotoAsync($"/projects/{projectId}/stages/2");
        await browser.CheckAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Data maturity self-assessment", Exact = true }).ClickAsync();
        await browser.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save self-assessment" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);

        for (var i = 0; i < 5; i++)
        {
            await page.Locator($"#Input_Components_{i}__Score_4").CheckAsync();
            await page.Locator($"#Input_Components_{i}__Justification").FillAsync("Agreed at the data board, with examples.");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save self-assessment" }).ClickAsync();
        await page.Locator("#maturity-result").WaitForAsync();
        Assert.Contains("high maturity", await page.Locator("#maturity-result").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(page);

        await server.CompleteCurrentStageAsync(projectId, manager);
        await server.AdvanceAsync(projectId, manager);

        await page.GotoAsync($"/projects/{projectId}/solution");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);
        await page.GetByLabel("Predictive", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("No, it will be built in-house").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByText("Predictive analytics, built in-house").WaitForAsync();
        await browser.CheckAsync(page);

        await page.GotoAsync($"/projects/{projectId}/datasets/new");
        await browser.CheckAsync(page);
        await page.GetByLabel("Number of rows (optional)").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save dataset" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await browser.CheckAsync(page);
        await page.GetByLabel("Dataset name").FillAsync("Early help assessments – Asesiadau cymorth cynnar");
        await page.GetByLabel("Number of rows (optional)").FillAsync("8400");
        await page.GetByLabel("Good", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save dataset" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "8,400" }).WaitForAsync();
        await browser.CheckAsync(page);
    }
}
