using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>The remaining Develop and Implement forms refuse bad input with a specific message and save nothing.</summary>
public sealed class DeliveryBadInputTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task ANullCharacterInAField_GivesAFieldError_AndKeepsTheRestOfTheForm()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var url = $"/projects/{team.ProjectId}/stages/1/items/1.2";
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();

        var response = await practitioner.PostWithTokenAsync(url, url, new() { ["Version"] = version, ["Input.Outcome"] = "done", ["Input.Note"] = "Survey\0 of 40 social workers" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal([Lifecycle.Web.Security.HiddenCharacterFieldsFilter.Message], page.ErrorSummaryItems());
        Assert.Equal("Survey of 40 social workers", page.QuerySelector("#Input_Note")!.TextContent);
        Assert.Equal(Lifecycle.Domain.Projects.ChecklistOutcome.Open, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.2"));
    }

    [Fact]
    public async Task EngagementAndResponse_WithMissingParts_AreRefused()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 7);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var id = team.ProjectId;

        var engagement = await manager.GetAsync($"/projects/{id}/engagement/new");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(engagement, PostForm, new() { ["Input.Stakeholders"] = "Parents' forum" }));
        var errors = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter the date of the engagement", errors, StringComparison.Ordinal);
        Assert.Contains("Enter how you engaged with them", errors, StringComparison.Ordinal);
        Assert.Contains("Enter what you heard", errors, StringComparison.Ordinal);
        Assert.Equal("Parents' forum", refused.QuerySelector("#Input_Stakeholders")!.GetAttribute("value"));

        var feedback = await manager.GetAsync($"/projects/{id}/engagement/feedback/new");
        await manager.SubmitAsync(feedback, PostForm, new()
        {
            ["Input.Kind"] = "Feedback",
            ["Input.RaisedOn.Day"] = "3",
            ["Input.RaisedOn.Month"] = "5",
            ["Input.RaisedOn.Year"] = "2026",
            ["Input.About"] = "Training",
            ["Input.Details"] = "More examples, please.",
        });
        var item = Assert.Single((await factory.LoadProjectAsync(id)).Feedback);
        var respond = await manager.GetAsync($"/projects/{id}/engagement/feedback/{item.Id}/respond");
        var noReply = await PageClient.ParseAsync(await manager.SubmitAsync(respond, PostForm, new() { ["Input.Reply"] = " " }));
        var replyErrors = noReply.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter your response", replyErrors, StringComparison.Ordinal);
        Assert.Contains("Select whether this is now closed or still being followed up", replyErrors, StringComparison.Ordinal);

        var project = await factory.LoadProjectAsync(id);
        Assert.Empty(project.Engagements);
        Assert.Null(project.Feedback.Single().Response);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await manager.GetResponseAsync($"/projects/{id}/engagement/feedback/{Guid.NewGuid()}/respond")).StatusCode);
    }

    [Fact]
    public async Task Decisions_WithoutAChoice_OrRejectionsWithoutAComment_AreRefused()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 8);
        await factory.WithDbAsync(async db =>
        {
            var project = await Lifecycle.Application.Projects.ProjectQueries.LoadAsync(db.Projects, team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.RecordDeploymentPlan(TestPlans.Deployment, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            project.SubmitForSignOff(SignOffKind.GoLive, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var leader = await PageClient.SignedInAsync(factory, team.Leader);

        var decision = await leader.GetAsync($"/projects/{team.ProjectId}/go-live/decision");
        var noChoice = await PageClient.ParseAsync(await leader.SubmitAsync(decision, PostForm, []));
        Assert.Contains("Select whether you approve or reject go-live", noChoice.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var noComment = await PageClient.ParseAsync(await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Rejected" }));
        Assert.NotNull(noComment.QuerySelector(".govuk-error-summary"));

        Assert.Equal(ApprovalState.AwaitingDecision, (await factory.LoadProjectAsync(team.ProjectId)).ApprovalStateOf(SignOffKind.GoLive));
    }

    [Fact]
    public async Task TransparencyText_OverTheLimit_IsRefusedKeepingWhatWasTyped()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var edit = await manager.GetAsync($"/projects/{team.ProjectId}/transparency/edit");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(edit, PostForm, new() { ["Values[task]"] = "Spot families who may need early help", ["Values[team]"] = new string('x', 4001) }));

        Assert.Contains("Team must be 4,000 characters or fewer", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Spot families who may need early help", refused.QuerySelector("#Values_task_")!.TextContent);
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).TransparencyEntries);
    }
}
