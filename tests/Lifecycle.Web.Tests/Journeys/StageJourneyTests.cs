namespace Lifecycle.Web.Tests.Journeys;

public sealed class StageJourneyTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task RegisterCompleteAndAdvance_MovesTheProjectToStageTwo()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        var form = await admin.GetAsync("/projects/new");
        var created = await admin.SubmitAsync(form, "form[method=post]:not(.app-inline-form)", new()
        {
            ["Input.Name"] = "Family hub demand model",
            ["Input.Description"] = "Forecast demand for family hubs by locality.",
            ["Input.ProjectManagerId"] = team.Admin.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var projectUrl = created.Location();

        var overview = await admin.GetAsync(projectUrl);
        Assert.Equal("Family hub demand model", overview.Heading());
        Assert.Equal("Not yet started", overview.QuerySelector("#stage-1-status")!.TextContent.Trim());
        Assert.Equal("Cannot start yet", overview.QuerySelector("#stage-2-status")!.TextContent.Trim());

        foreach (var code in new[] { "1.1", "1.2", "1.3", "1.4", "1.5" })
        {
            var itemPage = await admin.GetAsync($"{projectUrl}/stages/1/items/{code}");
            var saved = await admin.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new()
            {
                ["Input.Outcome"] = "done",
                ["Input.Note"] = $"Done in workshop for {code}",
                ["Input.EvidenceLink"] = "https://intranet.council.test/doc",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stage = await admin.GetAsync($"{projectUrl}/stages/1");
        Assert.Contains("Done in workshop for 1.3", stage.Body!.TextContent, StringComparison.Ordinal);
        var advanced = await admin.SubmitAsync(stage, "form[action*=Advance]", []);

        Assert.Equal(HttpStatusCode.Redirect, advanced.StatusCode);
        Assert.EndsWith("/stages/2", advanced.Location(), StringComparison.Ordinal);
        var after = await admin.GetAsync(projectUrl);
        Assert.Equal("Completed", after.QuerySelector("#stage-1-status")!.TextContent.Trim());
        Assert.Equal("Not yet started", after.QuerySelector("#stage-2-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task Advance_WithOneItemOpen_ListsItAndLeavesTheStageUnchanged()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        foreach (var code in new[] { "1.1", "1.2", "1.3", "1.4" })
        {
            var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/{code}");
            await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "done" });
        }

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/1");
        var refused = await manager.SubmitAsync(stage, "form[action*=Advance]", []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PageClient.ParseAsync(refused);
        Assert.Equal("You cannot move to Stage 2: Capability assessment until:", page.ErrorSummaryTitle());
        Assert.Equal(["1.5 ‘Decide whether data analytics is the right answer’ is done"], page.ErrorSummaryItems());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(1, (await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number);
    }

    [Fact]
    public async Task NotApplicable_WithoutReason_ShowsErrorAndKeepsTheChoice()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        await AdvanceAsync(team, 4);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/5/items/5.6");
        var response = await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "not-applicable", ["Input.Reason"] = "  " });

        var page = await PageClient.ParseAsync(response);
        Assert.Equal(["Enter why this item does not apply to the project"], page.ErrorSummaryItems());
        Assert.Equal("#Input_Reason", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Outcome_na")!.IsChecked);
    }

    [Theory]
    [InlineData("not-a-link", "Enter the evidence link as a full web address, like https://intranet.example.gov.uk/document")]
    [InlineData("javascript:alert(1)", "Enter the evidence link as a full web address, like https://intranet.example.gov.uk/document")]
    public async Task MalformedEvidenceLink_IsRefusedWithSpecificMessage(string link, string message)
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        var response = await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "done", ["Input.EvidenceLink"] = link, ["Input.Note"] = "kept note" });

        var page = await PageClient.ParseAsync(response);
        Assert.Equal([message], page.ErrorSummaryItems());
        Assert.Equal("kept note", page.QuerySelector("#Input_Note")!.TextContent);
        Assert.Equal(ChecklistOutcome.Open, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.1"));
    }

    [Fact]
    public async Task OverlongNote_IsRefusedAndNothingIsSaved()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        var response = await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "done", ["Input.Note"] = new string('a', 4001) });

        var page = await PageClient.ParseAsync(response);
        Assert.Equal(["Note must be 4,000 characters or fewer"], page.ErrorSummaryItems());
        Assert.Equal(ChecklistOutcome.Open, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.1"));
    }

    [Fact]
    public async Task MissingOutcome_IsRefused()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        var response = await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", []);

        Assert.Equal(["Select whether this item is done, does not apply, or is still to do"], (await PageClient.ParseAsync(response)).ErrorSummaryItems());
    }

    private async Task AdvanceAsync(Team team, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var project = await factory.LoadProjectAsync(team.ProjectId);
            if (i > 0)
            {
                await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            }

            var manager = await PageClient.SignedInAsync(factory, team.Manager);
            var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/{project.CurrentStage.Number}");
            var response = await manager.SubmitAsync(stage, "form[action*=Advance]", []);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await PageClient.ParseAsync(response)).ErrorSummaryItems()));
        }
    }
}
