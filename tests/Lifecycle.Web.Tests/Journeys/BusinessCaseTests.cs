using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class BusinessCaseTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task ManagerWritesAndSubmits_LeaderApproves_ThenAnEditLapsesTheApproval()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await WriteAsync(manager, team, "Referrals to early help rose 30% in two years.");
        await SubmitAsync(manager, team);

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var portfolio = await leader.GetAsync("/");
        Assert.Contains("business case", portfolio.QuerySelector("#awaiting-sign-off")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await leader.GetAsync("/?mine=true")).QuerySelectorAll("tbody tr"));
        Assert.Empty((await manager.GetAsync("/?mine=true")).QuerySelectorAll("tbody tr")); // the submitter does not decide their own
        var decision = await leader.GetAsync($"/projects/{team.ProjectId}/business-case/decision");
        var decided = await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved", ["Input.Comment"] = "Proportionate" });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var page = await manager.GetAsync($"/projects/{team.ProjectId}/business-case");
        Assert.Equal("Approved", page.QuerySelector("#approval-state")!.TextContent.Trim());
        Assert.Contains("Sam Leader (senior leader)", page.QuerySelector("#sign-off-history")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await leader.GetAsync("/")).QuerySelector("#awaiting-sign-off"));
        Assert.Empty((await leader.GetAsync("/?mine=true")).QuerySelectorAll("tbody tr"));

        await WriteAsync(manager, team, "Referrals to early help rose 35% in two years.");
        page = await manager.GetAsync($"/projects/{team.ProjectId}/business-case");
        Assert.Equal("Changed since it was approved", page.QuerySelector("#approval-state")!.TextContent.Trim());
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.BusinessCase));
        var signOff = Assert.Single(project.SignOffs);
        Assert.Equal((team.Leader.Id, "Senior leader", Decision.Approved, "Proportionate"), (signOff.DecidedById, signOff.DecidedInRole, signOff.Decision, signOff.Comment));
    }

    [Fact]
    public async Task AProjectManager_CannotGainTheSeniorLeaderRole_SoCannotApproveTheirOwnSubmission()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        var managerAdd = await manager.GetAsync($"/projects/{team.ProjectId}/team/add");
        Assert.Null(managerAdd.QuerySelector("input[name=Role][value=SeniorLeader]"));
        Assert.Null(managerAdd.QuerySelector($"option[value='{team.Manager.Id}']"));
        var selfGrant = await PageClient.ParseAsync(await manager.SubmitAsync(managerAdd, PostForm, new() { ["Input.PersonId"] = team.Manager.Id.ToString(), ["Input.Role"] = "SeniorLeader" }));
        Assert.NotEmpty(selfGrant.ErrorSummaryItems());

        var adminAdd = await admin.GetAsync($"/projects/{team.ProjectId}/team/add");
        var refused = await PageClient.ParseAsync(await admin.SubmitAsync(adminAdd, PostForm, new() { ["Input.PersonId"] = team.Manager.Id.ToString(), ["Input.Role"] = "SeniorLeader" }));

        Assert.Equal(["Priya Manager is already project manager on this project: one person cannot both manage a project and approve it."], refused.ErrorSummaryItems());
        Assert.DoesNotContain(ProjectRole.SeniorLeader, (await factory.LoadProjectAsync(team.ProjectId)).RolesOf(team.Manager.Id));
    }

    [Fact]
    public async Task Rejection_WithoutAComment_IsRefused_AndWithOneIsRecorded()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await WriteAsync(manager, team, "A clear problem.");
        await SubmitAsync(manager, team);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);

        var decision = await leader.GetAsync($"/projects/{team.ProjectId}/business-case/decision");
        var refused = await PageClient.ParseAsync(await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Rejected" }));
        Assert.Equal(["Say why you are rejecting it, so the team knows what to change."], refused.ErrorSummaryItems());

        var rejected = await leader.SubmitAsync(refused, PostForm, new() { ["Input.Choice"] = "Rejected", ["Input.Comment"] = "Add the licence costs" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal("Rejected", (await manager.GetAsync($"/projects/{team.ProjectId}/business-case")).QuerySelector("#approval-state")!.TextContent.Trim());
    }

    [Fact]
    public async Task BusinessCase_WithoutAProblemOrWithBadCosts_IsRefused()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/business-case/edit");
        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new()
        {
            ["Input.ProblemAndRationale"] = " ",
            ["Input.RedLines"] = new string('r', 4001),
            ["Input.BuildCost"] = "about ten grand",
            ["Input.TrainingCost"] = "-50",
        }));

        Assert.Equal(
        [
            "Enter the problem and why a tool is the right response",
            "Red lines must be 4,000 characters or fewer",
            "Build cost must be an amount in pounds, like 12500",
            "Training cost must be an amount in pounds, like 12500",
        ], page.ErrorSummaryItems());
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).BusinessCase);
    }

    [Fact]
    public async Task OnlySeniorLeadersDecide_AndOnlyManagersWrite()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/business-case/decision")).Location(), StringComparison.Ordinal);
        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/business-case/edit")).Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/business-case")).StatusCode);
    }

    [Fact]
    public async Task LeavingStageFour_NeedsTheCurrentBusinessCaseApproved()
    {
        var team = await Team.CreateAsync(factory);
        for (var stage = 1; stage < 4; stage++)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }

        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await WriteAsync(manager, team, "Changed after approval.");

        var stage4 = await manager.GetAsync($"/projects/{team.ProjectId}/stages/4");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage4, "form[action*=Advance]", []));
        Assert.Equal(["a senior leader approves the business case as it is now: it, or a fact it rests on, has changed since it was approved"], refused.ErrorSummaryItems());
    }

    private static async Task WriteAsync(PageClient client, Team team, string problem)
    {
        var form = await client.GetAsync($"/projects/{team.ProjectId}/business-case/edit");
        var saved = await client.SubmitAsync(form, PostForm, new() { ["Input.ProblemAndRationale"] = problem, ["Input.BuildCost"] = "£12,500", ["Input.RedLines"] = "No automated referrals" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task SubmitAsync(PageClient client, Team team)
    {
        var page = await client.GetAsync($"/projects/{team.ProjectId}/business-case");
        var submitted = await client.SubmitAsync(page, "form[action*=Submit]", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
    }
}
