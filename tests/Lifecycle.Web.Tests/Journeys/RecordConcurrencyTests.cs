namespace Lifecycle.Web.Tests.Journeys;

/// <summary>
/// Issue 14: two people saving different records of one project both succeed; two saving the same record, or a gate
/// decision made on a project that changed since it was looked at, still get the conflict message.
/// </summary>
public sealed class RecordConcurrencyTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task AFeedbackItemAndARisk_FromFormsOpenedAtTheSameTime_AreBothSaved()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var feedbackForm = await practitioner.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/new");
        var riskForm = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(riskForm, PostForm,
            new() { ["Input.Title"] = "Data feed stops", ["Input.Likelihood"] = "2", ["Input.Impact"] = "3", ["Input.Owner"] = "Priya" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(feedbackForm, PostForm, Feedback("Hard to read on a phone"))).StatusCode);

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Single(project.Risks);
        Assert.Single(project.Feedback);
    }

    [Fact]
    public async Task ATrainingRecordAndAWorkbookAnswer_BothSave_ButTwoAnswersToOneQuestion_Clash()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var answerForm = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        var sameQuestion = await manager.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        var trainingForm = await manager.GetAsync($"/projects/{team.ProjectId}/engagement/training/new");

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(trainingForm, PostForm, new()
        {
            ["Input.DeliveredOn.Day"] = "4",
            ["Input.DeliveredOn.Month"] = "5",
            ["Input.DeliveredOn.Year"] = "2026",
            ["Input.Audience"] = "Social workers",
            ["Input.PeopleTrained"] = "12",
            ["Input.Covered"] = "Reading a score",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(answerForm, PostForm, new() { ["Input.Answer"] = "Families and social workers." })).StatusCode);

        var clash = await PageClient.ParseAsync(await manager.SubmitAsync(sameQuestion, PostForm, new() { ["Input.Answer"] = "Only social workers." }));
        Assert.Equal([Lifecycle.Web.Forms.ConcurrencyMessage.Text], clash.ErrorSummaryItems());
        Assert.Equal("Only social workers.", clash.QuerySelector("#Input_Answer")!.TextContent);

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Single(project.Training);
        Assert.Equal("Families and social workers.", project.CurrentAnswer(1)!.Text);

        // Having now seen the newer answer, the second person can replace it.
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(clash, PostForm, [])).StatusCode);
        Assert.Equal("Only social workers.", (await factory.LoadProjectAsync(team.ProjectId)).CurrentAnswer(1)!.Text);
    }

    [Fact]
    public async Task ChangesToTwoRisks_BothSave_ButTwoChangesToOneRisk_Clash()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        // Only project managers change risks: the other one is the same manager in a second browser.
        var otherTab = await PageClient.SignedInAsync(factory, team.Manager);
        foreach (var title in new[] { "Data feed stops", "Staff over-rely on the score" })
        {
            await manager.SubmitAsync(await manager.GetAsync($"/projects/{team.ProjectId}/risks/new"), PostForm,
                new() { ["Input.Title"] = title, ["Input.Likelihood"] = "2", ["Input.Impact"] = "3", ["Input.Owner"] = "Priya" });
        }

        var risks = (await factory.LoadProjectAsync(team.ProjectId)).Risks.OrderBy(r => r.Number).ToList();
        var first = await manager.GetAsync($"/projects/{team.ProjectId}/risks/{risks[0].Id}");
        var second = await otherTab.GetAsync($"/projects/{team.ProjectId}/risks/{risks[1].Id}");
        var firstAgain = await otherTab.GetAsync($"/projects/{team.ProjectId}/risks/{risks[0].Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(first, PostForm, new() { ["Input.Impact"] = "5" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await otherTab.SubmitAsync(second, PostForm, new() { ["Input.Owner"] = "Sam" })).StatusCode);
        var clash = await PageClient.ParseAsync(await otherTab.SubmitAsync(firstAgain, PostForm, new() { ["Input.Owner"] = "Dan" }));
        Assert.Equal([Lifecycle.Web.Forms.ConcurrencyMessage.Text], clash.ErrorSummaryItems());

        var saved = (await factory.LoadProjectAsync(team.ProjectId)).Risks.OrderBy(r => r.Number).ToList();
        Assert.Equal((5, "Priya"), (saved[0].Impact, saved[0].Owner));
        Assert.Equal("Sam", saved[1].Owner);

        // Having seen the newer risk, the second person can change it.
        Assert.Equal(HttpStatusCode.Redirect, (await otherTab.SubmitAsync(clash, PostForm, [])).StatusCode);
        Assert.Equal("Dan", (await factory.LoadProjectAsync(team.ProjectId)).Risks.Single(r => r.Number == 1).Owner);
    }

    [Fact]
    public async Task RepliesToTwoFeedbackItems_BothSave_ButTwoRepliesToOneItem_Clash()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        foreach (var details in new[] { "Hard to read on a phone", "Scores change overnight" })
        {
            await practitioner.SubmitAsync(await practitioner.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/new"), PostForm, Feedback(details));
        }

        var items = (await factory.LoadProjectAsync(team.ProjectId)).Feedback.OrderBy(f => f.Number).ToList();
        var first = await manager.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/{items[0].Id}/respond");
        var second = await practitioner.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/{items[1].Id}/respond");
        var firstAgain = await practitioner.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/{items[0].Id}/respond");

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(first, PostForm, new() { ["Input.Reply"] = "A phone layout is planned.", ["Input.Status"] = "Closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(second, PostForm, new() { ["Input.Reply"] = "The feed runs at 2am.", ["Input.Status"] = "Closed" })).StatusCode);
        var clash = await PageClient.ParseAsync(await practitioner.SubmitAsync(firstAgain, PostForm, new() { ["Input.Reply"] = "Use the desktop for now.", ["Input.Status"] = "Closed" }));
        Assert.Equal([Lifecycle.Web.Forms.ConcurrencyMessage.Text], clash.ErrorSummaryItems());

        var saved = (await factory.LoadProjectAsync(team.ProjectId)).Feedback.OrderBy(f => f.Number).ToList();
        Assert.Equal("A phone layout is planned.", saved[0].Response);
        Assert.Equal("The feed runs at 2am.", saved[1].Response);
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(clash, PostForm, [])).StatusCode);
        Assert.Equal("Use the desktop for now.", (await factory.LoadProjectAsync(team.ProjectId)).Feedback.Single(f => f.Number == 1).Response);
    }

    [Fact]
    public async Task MovingStage_OnAProjectThatChangedSinceItWasLookedAt_IsStillRefused()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var stagePage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/1");

        await practitioner.SubmitAsync(await practitioner.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/new"), PostForm, Feedback("Who sees the scores?"));
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stagePage, "form[action*='handler=Advance']", []));

        Assert.Contains(Lifecycle.Web.Forms.ConcurrencyMessage.Text, refused.ErrorSummaryItems());
        Assert.Equal(1, (await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number);
    }

    [Fact]
    public async Task ManyNewRecordsSavedAtOnce_AreAllKept_InOneUnbrokenAuditChain()
    {
        var team = await Team.CreateAsync(factory);
        var clients = new List<(PageClient Client, AngleSharp.Html.Dom.IHtmlDocument Form)>();
        foreach (var person in new[] { team.Practitioner, team.Manager, team.Practitioner, team.Manager, team.Practitioner, team.Manager })
        {
            var client = await PageClient.SignedInAsync(factory, person);
            clients.Add((client, await client.GetAsync($"/projects/{team.ProjectId}/engagement/feedback/new")));
        }

        var responses = await Task.WhenAll(clients.Select((c, i) => c.Client.SubmitAsync(c.Form, PostForm, Feedback($"Point {i}"))));

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Redirect, r.Content.ReadAsStringAsync().Result));
        Assert.Equal(6, (await factory.LoadProjectAsync(team.ProjectId)).Feedback.Count);
        var trail = await factory.WithScopeAsync(sp => sp.GetRequiredService<Lifecycle.Application.Audit.GetAuditTrail>().ForAsync(team.ProjectId, team.OrganisationId, CancellationToken.None));
        Assert.True(trail.Verification.IsIntact, trail.Verification.Problem);
        Assert.Equal(6, trail.Entries.Count(e => e.Kind == "FeedbackRecorded"));
    }

    private static Dictionary<string, string> Feedback(string details) => new()
    {
        ["Input.Kind"] = "Feedback",
        ["Input.RaisedOn.Day"] = "3",
        ["Input.RaisedOn.Month"] = "5",
        ["Input.RaisedOn.Year"] = "2026",
        ["Input.About"] = "The dashboard",
        ["Input.Details"] = details,
    };
}
