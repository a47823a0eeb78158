using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>
/// The whole Explore phase in a real browser: a project manager who is also the data practitioner
/// in one context, a senior leader in another, axe on every page either of them sees.
/// </summary>
public sealed class ExploreToDevelopJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task PractitionerAndSeniorLeader_TakeAProjectThroughTheExploreGate()
    {
        var organisation = await server.OrganisationAsync("Browser Borough Council");
        var priya = await server.PersonAsync(organisation, "Priya Manager");
        var sam = await server.PersonAsync(organisation, "Sam Leader");
        var projectId = await server.ProjectAsync(priya, "Family hub demand dashboard");
        await server.AssignAsync(projectId, priya, ProjectRole.DataPractitioner);
        await server.AssignAsync(projectId, sam, ProjectRole.SeniorLeader);

        await using var browser = await AccessibleBrowser.LaunchAsync();
        await browser.NewPageAsync(server.Address);
        var team = await SignInAsync(browser, priya);
        var leader = await SignInAsync(browser, sam);
        var project = $"/projects/{projectId}";

        // Stage 1
        await CompleteChecklistAsync(browser, team, project, 1);
        await AdvanceAsync(browser, team, project, 1, "Stage 2: Capability assessment");

        // Stage 2: maturity
        await Visit(browser, team, $"{project}/maturity");
        for (var i = 0; i < 5; i++)
        {
            await team.Locator($"#Input_Components_{i}__Score_4").CheckAsync();
            await team.Locator($"#Input_Components_{i}__Justification").FillAsync("Agreed at the data board.");
        }

        await Submit(browser, team, "Save self-assessment");
        await CompleteChecklistAsync(browser, team, project, 2);
        await AdvanceAsync(browser, team, project, 2, "Stage 3: Choosing a solution");

        // Stage 3: solution and a dataset
        await Visit(browser, team, $"{project}/solution");
        await team.GetByLabel("Descriptive", new() { Exact = true }).CheckAsync();
        await team.GetByLabel("No, it will be built in-house").CheckAsync();
        await Submit(browser, team, "Save");
        await Visit(browser, team, $"{project}/datasets/new");
        await team.GetByLabel("Dataset name").FillAsync("Early help assessments");
        await team.GetByLabel("Good", new() { Exact = true }).CheckAsync();
        await Submit(browser, team, "Save dataset");
        await CompleteChecklistAsync(browser, team, project, 3);
        await AdvanceAsync(browser, team, project, 3, "Stage 4: Ethics triage");

        // Stage 4: the gate refuses, listing what is missing
        await CompleteChecklistAsync(browser, team, project, 4);
        await Visit(browser, team, $"{project}/stages/4");
        await team.GetByRole(AriaRole.Button, new() { Name = "Move to the next stage" }).ClickAsync();
        await team.GetByText("You cannot move to Stage 5: Design until:").WaitForAsync();
        var reasons = await team.Locator(".govuk-error-summary__list li").AllInnerTextsAsync();
        Assert.Equal(5, reasons.Count);
        await browser.CheckAsync(team);

        // Triage
        await Visit(browser, team, $"{project}/triage/new");
        foreach (var (question, answer) in new[]
        {
            ("Has the council used this type of analytics before?", "Yes, and there is evidence it worked"),
            ("Do other councils use this type of tool for the same problem?", "Yes, and there is evidence it worked"),
            ("Have similar tools caused public concern or controversy?", "No"),
            ("Have the people who would use the tool used similar tools before?", "Yes, most have"),
            ("Do you understand the quality of the data the tool would use?", "Yes, and it is good enough"),
            ("Would the tool use personal information about children or families?", "Yes, about families who have a social worker"),
            ("Have similar tools been checked for bias?", "Yes, and no unfair effect was found"),
            ("Would the tool leave little room for a practitioner to reach their own conclusion?", "No"),
            ("Would the tool make predictions about individual children or families?", "No"),
            ("Could the tool cause something to happen to a child or family before a professional has considered the evidence?", "No"),
        })
        {
            await team.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await team.GetByLabel("Council staff").CheckAsync();
        await Submit(browser, team, "Complete the triage");
        Assert.Equal("Medium risk", (await team.Locator("#risk-level").InnerTextAsync()).Trim());

        // Workbook questions 1 to 5
        for (var question = 1; question <= 5; question++)
        {
            await Visit(browser, team, $"{project}/workbook/{question}");
            await team.Locator("#Input_Answer").FillAsync($"Our answer to question {question}, agreed with the team.");
            await Submit(browser, team, "Save answer");
        }

        // DPIA, oversight group and a risk
        await Visit(browser, team, $"{project}/impact-assessments/data-protection");
        await team.GetByLabel("In progress").CheckAsync();
        await Submit(browser, team, "Save");
        await Visit(browser, team, $"{project}/oversight/members/new");
        await team.GetByLabel("Name", new() { Exact = true }).FillAsync("Dr Ada Ethics");
        await team.GetByLabel("Independent", new() { Exact = true }).CheckAsync();
        await Submit(browser, team, "Add member");
        await Visit(browser, team, $"{project}/risks/new");
        await team.GetByLabel("Title").FillAsync("Families feel labelled by the dashboard");
        await team.Locator("#Input_Likelihood_3").CheckAsync();
        await team.Locator("#Input_Impact_4").CheckAsync();
        await Submit(browser, team, "Save risk");

        // Business case: written and submitted by the manager, approved by the senior leader
        await Visit(browser, team, $"{project}/business-case/edit");
        await team.GetByLabel("Problem and rationale").FillAsync("Family hubs cannot see where demand is growing until it is too late to plan staffing.");
        await team.GetByLabel("Build cost").FillAsync("18000");
        await Submit(browser, team, "Save business case");
        await Submit(browser, team, "Submit for sign-off");

        await Visit(browser, leader, "/");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Family hub demand dashboard: business case" }).ClickAsync();
        await browser.CheckAsync(leader);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve or reject" }).ClickAsync();
        await browser.CheckAsync(leader);
        await leader.GetByLabel("Approve").CheckAsync();
        await leader.GetByLabel("Comment").FillAsync("Proportionate, with the right safeguards.");
        await Submit(browser, leader, "Record decision");
        Assert.Equal("Approved", (await leader.Locator("#approval-state").InnerTextAsync()).Trim());

        // The gate opens: Explore to Develop
        await AdvanceAsync(browser, team, project, 4, "Stage 5: Design");
        await Visit(browser, team, project);
        Assert.Equal("Develop phase", (await team.Locator(".govuk-caption-l").First.InnerTextAsync()).Trim());
        await Visit(browser, team, $"{project}/audit");
        Assert.Contains("The audit trail is intact", await team.Locator("#audit-verification").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<IPage> SignInAsync(AccessibleBrowser browser, TestPerson person)
    {
        var page = await browser.NewPageAsync(browser.BaseAddress!);
        await AccessibleBrowser.SignInAsync(page, person.Email);
        await page.Locator("h1:has-text('Your projects')").WaitForAsync();
        return page;
    }

    private static async Task Visit(AccessibleBrowser browser, IPage page, string url)
    {
        await page.GotoAsync(url);
        await browser.CheckAsync(page);
    }

    /// <summary>Presses a button and checks the page it leads to.</summary>
    private static async Task Submit(AccessibleBrowser browser, IPage page, string button)
    {
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));
        Assert.Equal(0, await page.Locator(".govuk-error-summary").CountAsync());
        await browser.CheckAsync(page);
    }

    private static async Task CompleteChecklistAsync(AccessibleBrowser browser, IPage page, string project, int stage)
    {
        foreach (var item in LifecycleFramework.Stage(stage).ItemsApplyingTo(ApplicabilityFacts.None).Where(i => i.Mandatory))
        {
            await Visit(browser, page, $"{project}/stages/{stage}/items/{item.Code}");
            await page.GetByLabel("Done", new() { Exact = true }).CheckAsync();
            await Submit(browser, page, "Save");
        }
    }

    private static async Task AdvanceAsync(AccessibleBrowser browser, IPage page, string project, int stage, string nextHeading)
    {
        await Visit(browser, page, $"{project}/stages/{stage}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to the next stage" }).ClickAsync();
        await page.Locator($"h1:has-text('{nextHeading}')").WaitForAsync();
        await browser.CheckAsync(page);
    }
}
