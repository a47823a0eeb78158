using Lifecycle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lifecycle.Browser.Tests;

/// <summary>
/// Issue 25: a live tool whose passed gate no longer holds. A data practitioner adds a dataset rated poor; the overview
/// says the tool needs attention; a senior leader decides, with a reason, to keep it in use. Axe runs on every page,
/// the error page included, at desktop width and at a phone's 390 px, where nothing may scroll sideways.
/// </summary>
public sealed class NeedsAttentionJourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const int PhoneWidth = AccessibleBrowser.PhoneWidth;

    [Fact]
    public async Task ALiveToolThatNeedsAttention_IsKeptInUseByASeniorLeader_AccessiblyOnADesktopAndAPhone()
    {
        var team = await Team.CreateAsync(server);
        await server.AdvanceToAsync(team, 9);
        var id = team.ProjectId;

        await using var browser = await AccessibleBrowser.LaunchAsync();
        var practitioner = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(practitioner, team.Practitioner.Email);
        await practitioner.GotoAsync($"/projects/{id}/datasets/new");
        await practitioner.GetByLabel("Dataset name").FillAsync("School attendance");
        await practitioner.Locator("#Input_Quality_Poor").CheckAsync();
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(practitioner, practitioner.GetByRole(AriaRole.Button, new() { Name = "Save dataset" }));

        var leader = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(leader, team.Leader.Email);
        foreach (var width in new[] { 1280, PhoneWidth })
        {
            await leader.SetViewportSizeAsync(width, 900);
            await leader.GotoAsync($"/projects/{id}");
            await browser.CheckAsync(leader);
            Assert.Contains("This tool needs attention", await leader.Locator("#needs-attention").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleBrowser.NoSidewaysScrollAsync(leader, width);

            await leader.GetByRole(AriaRole.Link, new() { Name = "Decide whether the tool stays in use" }).ClickAsync();
            await browser.CheckAsync(leader);
            await AccessibleBrowser.NoSidewaysScrollAsync(leader, width);
        }

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(leader, leader.GetByRole(AriaRole.Button, new() { Name = "Keep the tool in use" }));
        await browser.CheckAsync(leader);
        Assert.Contains("Enter why the tool should stay in use", await leader.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);

        await leader.GetByLabel("Why should the tool stay in use while this is put right?").FillAsync("Front door team relies on it; the data gaps are fixed next month.");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(leader, leader.GetByRole(AriaRole.Button, new() { Name = "Keep the tool in use" }));
        await browser.CheckAsync(leader);
        Assert.Contains("Front door team relies on it", await leader.Locator("#kept-in-use").InnerTextAsync(), StringComparison.Ordinal);
        await AccessibleBrowser.NoSidewaysScrollAsync(leader, PhoneWidth);

        // The new dataset raised a change of scope: the practitioner confirms, with a reason, that the DPIA still stands.
        await practitioner.SetViewportSizeAsync(PhoneWidth, 900);
        await practitioner.GotoAsync($"/projects/{id}/monitoring");
        await browser.CheckAsync(practitioner);
        await practitioner.Locator("#scope-reviews a[href*='confirm-unchanged']").First.ClickAsync();
        await browser.CheckAsync(practitioner);
        await AccessibleBrowser.NoSidewaysScrollAsync(practitioner, PhoneWidth);
        await practitioner.GetByLabel("Why does the assessment still stand as it is?").FillAsync("School attendance holds no new personal data beyond section 3.");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(practitioner, practitioner.GetByRole(AriaRole.Button, new() { Name = "Confirm it still stands" }));
        await browser.CheckAsync(practitioner);
        Assert.DoesNotContain("Data protection impact assessment", await practitioner.Locator("#scope-reviews").InnerTextAsync(), StringComparison.Ordinal);

        // The decision pages for a redone triage and for releasing scrutiny share the sign-off layout.
        foreach (var path in new[] { $"/projects/{id}/triage/decision", $"/projects/{id}/maturity/scrutiny-decision" })
        {
            await leader.GotoAsync(path);
            await browser.CheckAsync(leader);
            await AccessibleBrowser.NoSidewaysScrollAsync(leader, PhoneWidth);
        }
    }

    /// <summary>
    /// Issue 25: a reason not to judge results by group, agreed by a senior leader on its own decision page; then the tool
    /// is stopped and its retirement duties are listed and done. Axe and no sideways scroll at both widths.
    /// </summary>
    [Fact]
    public async Task AReasonNotToJudgeByGroup_AndAStoppedLiveToolsDuties_WorkOnADesktopAndAPhone()
    {
        var team = await Team.CreateAsync(server, predictive: true);
        await server.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        await using var browser = await AccessibleBrowser.LaunchAsync();

        var practitioner = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(practitioner, team.Practitioner.Email);
        await practitioner.SetViewportSizeAsync(PhoneWidth, 900);
        await practitioner.GotoAsync($"/projects/{id}/design");
        await browser.CheckAsync(practitioner);
        await AccessibleBrowser.NoSidewaysScrollAsync(practitioner, PhoneWidth);
        await practitioner.GetByLabel("Either way", new() { Exact = true }).CheckAsync();
        await practitioner.GetByLabel("If the tool cannot be judged by group of children: why not?").FillAsync("Fewer than 30 referrals a year in any group we could name.");
        await practitioner.GetByLabel("If you change the thresholds: why?").FillAsync("A group flagged far more often is harmed too.");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(practitioner, practitioner.GetByRole(AriaRole.Button, new() { Name = "Save" }));

        var leader = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(leader, team.Leader.Email);
        foreach (var width in new[] { 1280, PhoneWidth })
        {
            await leader.SetViewportSizeAsync(width, 900);
            await leader.GotoAsync($"/projects/{id}/thresholds/ungrouped-decision");
            await browser.CheckAsync(leader);
            await AccessibleBrowser.NoSidewaysScrollAsync(leader, width);
        }

        var manager = await browser.NewPageAsync(server.Address);
        await AccessibleBrowser.SignInAsync(manager, team.Manager.Email);
        await manager.GotoAsync($"/projects/{id}/stop");
        await manager.GetByLabel("Why is the project being stopped?").FillAsync("The referral feed is sending duplicate families.");
        await AccessibleBrowser.ClickAndWaitForNextPageAsync(manager, manager.GetByRole(AriaRole.Button, new() { Name = "Stop project" }));
        foreach (var width in new[] { 1280, PhoneWidth })
        {
            await manager.SetViewportSizeAsync(width, 900);
            await manager.GotoAsync($"/projects/{id}");
            await browser.CheckAsync(manager);
            Assert.Contains("still to do", await manager.Locator("#stop-duties").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleBrowser.NoSidewaysScrollAsync(manager, width);
            await manager.GotoAsync($"/projects/{id}/stopped/users-told");
            await browser.CheckAsync(manager);
            await AccessibleBrowser.NoSidewaysScrollAsync(manager, width);
        }

        await AccessibleBrowser.ClickAndWaitForNextPageAsync(manager, manager.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await browser.CheckAsync(manager);
        Assert.Contains("Enter the date users were told", await manager.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
    }
}
