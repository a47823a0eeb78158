namespace Lifecycle.Web.Tests.Journeys;

public sealed class HoldAndStopTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task PutOnHold_BlocksAdvancingUntilResumed()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var holdPage = await manager.GetAsync($"/projects/{team.ProjectId}/hold");
        var held = await manager.SubmitAsync(holdPage, PostForm, new() { ["Input.Reason"] = "Waiting for the data sharing agreement" });
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);

        var overview = await manager.GetAsync($"/projects/{team.ProjectId}");
        Assert.Contains("Waiting for the data sharing agreement", overview.QuerySelector("#state-title")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);

        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/1");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Equal(["the project is taken off hold"], refused.ErrorSummaryItems());

        overview = await manager.GetAsync($"/projects/{team.ProjectId}");
        var resumed = await manager.SubmitAsync(overview, "form[action*=Resume]", []);
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal(ProjectStatus.Active, (await factory.LoadProjectAsync(team.ProjectId)).Status);
    }

    [Fact]
    public async Task Hold_WithoutReason_IsRefused()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var holdPage = await manager.GetAsync($"/projects/{team.ProjectId}/hold");
        var response = await manager.SubmitAsync(holdPage, PostForm, new() { ["Input.Reason"] = "" });

        Assert.Equal(["Enter the reason"], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
        Assert.Equal(ProjectStatus.Active, (await factory.LoadProjectAsync(team.ProjectId)).Status);
    }

    [Fact]
    public async Task Stop_MakesTheProjectReadOnlyButReadable()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var itemPage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");

        var stopPage = await manager.GetAsync($"/projects/{team.ProjectId}/stop");
        var stopped = await manager.SubmitAsync(stopPage, PostForm, new() { ["Input.Reason"] = "Triage showed the risks outweigh the benefits" });
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);

        var overview = await manager.GetAsync($"/projects/{team.ProjectId}");
        Assert.Null(overview.QuerySelector("a[href$='/hold']"));
        Assert.Null(overview.QuerySelector("a[href$='/details']"));

        // A form loaded before the stop cannot change the project afterwards.
        var late = await PageClient.ParseAsync(await manager.SubmitAsync(itemPage, PostForm, new() { ["Input.Outcome"] = "done" }));
        Assert.NotEmpty(late.ErrorSummaryItems());
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(ProjectStatus.Stopped, project.Status);
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.1"));

        // Posted against the current version, the refusal says what is wrong, not the rule's condition.
        var url = $"/projects/{team.ProjectId}/stages/1/items/1.1";
        var refused = await PageClient.ParseAsync(await manager.PostWithTokenAsync(url, $"/projects/{team.ProjectId}", new() { ["Version"] = project.Version.ToString(), ["Input.Outcome"] = "done" }));
        Assert.Contains("This project is stopped, so it can be read and exported but not changed.", refused.ErrorSummaryItems());
    }
}
