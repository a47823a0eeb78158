using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>A data practitioner records Design's success criteria and thresholds, then a test run and external validation.</summary>
public sealed class DevelopJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task DesignAndTestingPages_AreAccessibleIncludingTheirErrors()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        for (var stage = 1; stage < 5; stage++)
        {
            await server.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await server.AdvanceAsync(team.ProjectId, team.Manager);
        }

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(page, team.Practitioner.Email);

        await page.GotoAsync($"/projects/{team.ProjectId}/design");
        await browser.CheckAsync(page);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        Assert.NotEmpty(await ErrorSummaryAsync(page));
        await browser.CheckAsync(page);
        await page.GetByLabel("What will improve if the tool works?").FillAsync("Fewer repeat referrals");
        await page.GetByLabel("How will you measure it?").FillAsync("Quarterly re-referral rate");
        await page.GetByLabel("What is the baseline today?").FillAsync("22% in 2025");
        await page.GetByLabel("Minimum precision").FillAsync("70");
        await page.GetByLabel("Minimum recall").FillAsync("70");
        await page.GetByLabel("Minimum accuracy").FillAsync("80");
        await page.GetByLabel("Largest gap allowed between any group and overall").FillAsync("10");
        await page.GetByLabel("Minimum group size").FillAsync("10");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await browser.CheckAsync(page);

        await server.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        await server.AdvanceAsync(team.ProjectId, team.Manager);
        await server.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        await server.AdvanceAsync(team.ProjectId, team.Manager);

        await page.GotoAsync($"/projects/{team.ProjectId}/testing");
        await browser.CheckAsync(page);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record a test run" }));
        await browser.CheckAsync(page);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record test run" }));
        Assert.NotEmpty(await ErrorSummaryAsync(page));
        await browser.CheckAsync(page);
        await page.GetByLabel("Alpha").CheckAsync();
        await page.Locator("#Input_RanOn").FillAsync("1");
        await page.Locator("#Input_RanOn_Month").FillAsync("4");
        await page.Locator("#Input_RanOn_Year").FillAsync("2026");
        await page.Locator("#Rows_0__Group").FillAsync("Boys");
        await page.Locator("#Rows_0__Counts").FillAsync("20");
        await page.Locator("#Rows_0__FalsePositives").FillAsync("5");
        await page.Locator("#Rows_0__TrueNegatives").FillAsync("23");
        await page.Locator("#Rows_0__FalseNegatives").FillAsync("2");
        await page.Locator("#Rows_1__Group").FillAsync("Girls");
        await page.Locator("#Rows_1__Counts").FillAsync("20");
        await page.Locator("#Rows_1__FalsePositives").FillAsync("5");
        await page.Locator("#Rows_1__TrueNegatives").FillAsync("22");
        await page.Locator("#Rows_1__FalseNegatives").FillAsync("3");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record test run" }));
        Assert.Equal("Meets every threshold", await page.Locator("#run-1-verdict").InnerTextAsync());
        await browser.CheckAsync(page);

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record external validation" }));
        await browser.CheckAsync(page);
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record validation" }));
        Assert.NotEmpty(await ErrorSummaryAsync(page));
        await browser.CheckAsync(page);
    }

    /// <summary>The messages in the page's error summary: an empty form must say what is missing, not only pass axe.</summary>
    private static async Task<IReadOnlyList<string>> ErrorSummaryAsync(IPage page) =>
        await page.Locator(".govuk-error-summary .govuk-error-summary__list li").AllInnerTextsAsync();
}
