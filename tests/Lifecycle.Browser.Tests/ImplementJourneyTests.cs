using System.Globalization;
using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>
/// From testing to the first monitoring review: a project manager records training, plans go-live,
/// completes the transparency record and submits go-live; a senior leader approves it in their own
/// browser; the manager takes the tool live and records its first review. Axe runs on every page, errors included.
/// </summary>
public sealed class ImplementJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Stage7ToGoLiveToTheFirstMonitoringReview_WithTwoRoles_IsAccessible()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        await server.AdvanceToAsync(team, 7);
        await server.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var id = team.ProjectId;

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var manager = await SignInAsync(browser, server.Address, team.Manager);
        var leader = await SignInAsync(browser, server.Address, team.Leader);

        await Visit(browser, manager, $"/projects/{id}/engagement");
        await Click(browser, manager, "Record training");
        await Click(browser, manager, "Record training");
        await manager.Locator("#Input_DeliveredOn").FillAsync("4");
        await manager.Locator("#Input_DeliveredOn_Month").FillAsync("5");
        await manager.Locator("#Input_DeliveredOn_Year").FillAsync("2026");
        await manager.GetByLabel("Who was trained?").FillAsync("Early help practitioners");
        await manager.GetByLabel("How many people?").FillAsync("14");
        await manager.GetByLabel("What did it cover?").FillAsync("Reading a score and questioning it");
        await Click(browser, manager, "Record training");

        await Visit(browser, manager, $"/projects/{id}/stages/7");
        await Click(browser, manager, "Move to the next stage");

        await Visit(browser, manager, $"/projects/{id}/go-live");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Write the deployment plan" }).ClickAsync();
        await manager.Locator("h1:has-text('Deployment plan')").WaitForAsync();
        await manager.GetByLabel("How often will the tool be reviewed, in months?").FillAsync("0");
        await Click(browser, manager, "Save deployment plan");
        await manager.GetByLabel("Who owns monitoring?").FillAsync("Head of performance");
        await manager.GetByLabel("How often will the tool be reviewed, in months?").FillAsync("1");
        await manager.GetByLabel("How will you evaluate the way the tool is used?").FillAsync("Interviews after three months.");
        await manager.GetByLabel("How will you evaluate the difference it makes?").FillAsync("Repeat referrals against 2025.");
        await manager.GetByLabel("Who will carry out the evaluation?").FillAsync("Regional evaluation unit");
        await manager.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await manager.GetByLabel("How will children, families and the public hear about the tool?").FillAsync("Council website and letters.");
        await Click(browser, manager, "Save deployment plan");

        // The DPIA is complete before go-live (stage 8).
        await Visit(browser, manager, $"/projects/{id}/impact-assessments/data-protection");
        await manager.GetByLabel("Complete", new() { Exact = true }).CheckAsync();
        await Click(browser, manager, "Save");

        await Visit(browser, manager, $"/projects/{id}/transparency");
        await Click(browser, manager, "Write or change the record");
        var fields = manager.Locator("textarea");
        for (var i = 0; i < await fields.CountAsync(); i++)
        {
            if (string.IsNullOrWhiteSpace(await fields.Nth(i).InputValueAsync()))
            {
                // The website field takes a web address, the contact an email address; every other field plain text.
                await fields.Nth(i).FillAsync(await fields.Nth(i).GetAttributeAsync("name") switch
                {
                    "Values[website_url]" => "https://www.council.example/early-help-tool",
                    "Values[contact_email]" => "early.help.data@council.example",
                    _ => "Written by the team for publication.",
                });
            }
        }

        await Click(browser, manager, "Save the record");
        await Click(browser, manager, "Confirm the record is complete");
        Assert.Contains("Confirmed complete", await manager.Locator("#confirmation").InnerTextAsync());

        // Go-live is submitted once everything it rests on is in place: a later change would lapse it.
        await Visit(browser, manager, $"/projects/{id}/go-live");
        await Click(browser, manager, "Submit for go-live sign-off");

        await Visit(browser, leader, "/");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(leader, leader.Locator("#awaiting-sign-off a"));
        await browser.CheckAsync(leader);
        await Click(browser, leader, "Approve or reject");
        await Click(browser, leader, "Record decision");
        await leader.GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await Click(browser, leader, "Record decision");
        Assert.Equal("Approved", await leader.Locator("#approval-state").InnerTextAsync());

        await server.TickItemsAndAnswerWorkbookAsync(id, team.Manager, 15);
        await Visit(browser, manager, $"/projects/{id}/stages/8");
        await Click(browser, manager, "Move to the next stage");
        Assert.Contains("Stage 9", await manager.Locator("h1").InnerTextAsync());

        await Visit(browser, manager, $"/projects/{id}/monitoring");
        await Click(browser, manager, "Record a monitoring review");
        await Click(browser, manager, "Record review");
        await manager.Locator("#Input_ReviewedOn").FillAsync(DateTime.UtcNow.Day.ToString(CultureInfo.InvariantCulture));
        await manager.Locator("#Input_ReviewedOn_Month").FillAsync(DateTime.UtcNow.Month.ToString(CultureInfo.InvariantCulture));
        await manager.Locator("#Input_ReviewedOn_Year").FillAsync(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture));
        await manager.GetByLabel("Security", new() { Exact = true }).FillAsync("Access list checked; no incidents.");
        await manager.GetByLabel("Input data quality").FillAsync("Referral feed complete.");
        await manager.GetByLabel("Retraining").FillAsync("Not needed.");
        await manager.GetByLabel("User feedback").FillAsync("Practitioners find the factors useful.");
        await manager.GetByLabel("Continue").CheckAsync();
        await manager.Locator("#Rows_0__Group").FillAsync("Boys");
        await manager.Locator("#Rows_0__Counts").FillAsync("20");
        await manager.Locator("#Rows_0__FalsePositives").FillAsync("5");
        await manager.Locator("#Rows_0__TrueNegatives").FillAsync("23");
        await manager.Locator("#Rows_0__FalseNegatives").FillAsync("2");
        await manager.Locator("#Rows_1__Group").FillAsync("Girls");
        await manager.Locator("#Rows_1__Counts").FillAsync("20");
        await manager.Locator("#Rows_1__FalsePositives").FillAsync("5");
        await manager.Locator("#Rows_1__TrueNegatives").FillAsync("22");
        await manager.Locator("#Rows_1__FalseNegatives").FillAsync("3");
        await Click(browser, manager, "Record review");
        Assert.Equal("Meets every threshold", await manager.Locator("#review-1-verdict").InnerTextAsync());

        await Visit(browser, leader, $"/projects/{id}/monitoring");
        Assert.Contains("Review 1", await leader.Locator("#review-1").InnerTextAsync());
        Assert.Equal(1, await leader.Locator("figure#review-1-chart svg[role=img]").CountAsync());
        await Visit(browser, leader, $"/projects/{id}/retirement");
        await Visit(browser, leader, $"/projects/{id}/testing");
        Assert.True(await leader.Locator("figure.app-chart svg[role=img]").CountAsync() > 0, "The testing page shows each run's chart.");

        // The overview's at-a-glance block with its chart of the review, checked by axe like every page.
        await Visit(browser, leader, $"/projects/{id}");
        Assert.Contains("Monitoring review 1: meets every accuracy threshold.", await leader.Locator("#glance-results-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await leader.Locator("#at-a-glance figure svg[role=img]").CountAsync());
    }

    private static async Task<IPage> SignInAsync(AccessibleBrowser browser, string address, TestPerson person)
    {
        var page = await browser.NewPageAsync(address);
        await AccessibleBrowser.SignInAsync(page, person.Email);
        return page;
    }

    private static async Task Visit(AccessibleBrowser browser, IPage page, string url)
    {
        await page.GotoAsync(url);
        await browser.CheckAsync(page);
    }

    /// <summary>Clicks a button (or a link styled as one), waits for the next page and checks it.</summary>
    private static async Task Click(AccessibleBrowser browser, IPage page, string name)
    {
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = name }));
        await browser.CheckAsync(page);
    }
}
