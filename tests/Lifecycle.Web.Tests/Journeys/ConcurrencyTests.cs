namespace Lifecycle.Web.Tests.Journeys;

public sealed class ConcurrencyTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task StaleForm_ShowsConflictKeepsTypedTextAndSavesNothing()
    {
        var team = await Team.CreateAsync(factory);
        var first = await PageClient.SignedInAsync(factory, team.Practitioner);
        var second = await PageClient.SignedInAsync(factory, team.Manager);
        var staleForm = await first.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.2");

        var otherPage = await second.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        await second.SubmitAsync(otherPage, PostForm, new() { ["Input.Outcome"] = "done" });

        var response = await first.SubmitAsync(staleForm, PostForm, new() { ["Input.Outcome"] = "done", ["Input.Note"] = "Survey of 40 social workers" });
        var page = await PageClient.ParseAsync(response);

        Assert.Contains(page.ErrorSummaryItems(), e => e.StartsWith("Someone else changed this project", StringComparison.Ordinal));
        Assert.Equal("Survey of 40 social workers", page.QuerySelector("#Input_Note")!.TextContent);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.2"));
        Assert.Equal(ChecklistOutcome.Done, project.OutcomeOf("1.1"));

        // The re-shown form carries the latest version, so submitting again saves.
        var retried = await first.SubmitAsync(page, PostForm, []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(ChecklistOutcome.Done, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.2"));
    }

    [Fact]
    public async Task AVersionThatIsNotAVersion_ShowsTheConflictMessage_AndKeepsWhatWasTyped()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.2");

        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Version"] = "not-a-guid", ["Input.Outcome"] = "done", ["Input.Note"] = "Kept note" }));

        Assert.Equal([Lifecycle.Web.Forms.ConcurrencyMessage.Text], page.ErrorSummaryItems());
        Assert.Equal("Kept note", page.QuerySelector("#Input_Note")!.TextContent);
        Assert.Equal(ChecklistOutcome.Open, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.2"));
    }

    [Fact]
    public async Task TwoAdministratorsChangingTheSecurityMarking_TheSecondIsToldAndOverwritesNothing()
    {
        var organisation = await factory.OrganisationAsync("Settings Council");
        var first = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Ada First", isAdministrator: true));
        var second = await PageClient.SignedInAsync(factory, await factory.PersonAsync(organisation, "Bea Second", isAdministrator: true));
        var firstForm = await first.GetAsync("/organisation/settings");
        var secondForm = await second.GetAsync("/organisation/settings");

        await first.SubmitAsync(firstForm, PostForm, new() { ["Input.SecurityMarking"] = "OFFICIAL" });
        var refused = await PageClient.ParseAsync(await second.SubmitAsync(secondForm, PostForm, new() { ["Input.SecurityMarking"] = "OFFICIAL-SENSITIVE PERSONAL" }));

        Assert.Equal([Lifecycle.Web.Forms.ConcurrencyMessage.ForSettings("OFFICIAL")], refused.ErrorSummaryItems());
        Assert.Equal("OFFICIAL-SENSITIVE PERSONAL", refused.QuerySelector("#Input_SecurityMarking")!.GetAttribute("value"));
        Assert.Equal("OFFICIAL", (await first.GetAsync("/organisation/settings")).QuerySelector("#Input_SecurityMarking")!.GetAttribute("value"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await second.SubmitAsync(refused, PostForm, [])).StatusCode);
        Assert.Equal("OFFICIAL-SENSITIVE PERSONAL", (await first.GetAsync("/organisation/settings")).QuerySelector("#Input_SecurityMarking")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TwoManagersAdvancingAtOnce_OnlyOneWins()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var first = await PageClient.SignedInAsync(factory, team.Manager);
        var second = await PageClient.SignedInAsync(factory, team.Manager);
        var firstPage = await first.GetAsync($"/projects/{team.ProjectId}/stages/1");
        var secondPage = await second.GetAsync($"/projects/{team.ProjectId}/stages/1");

        await first.SubmitAsync(firstPage, "form[action*=Advance]", []);
        var loser = await PageClient.ParseAsync(await second.SubmitAsync(secondPage, "form[action*=Advance]", []));

        Assert.Contains(loser.ErrorSummaryItems(), e => e.StartsWith("Someone else changed this project", StringComparison.Ordinal));
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(2, project.CurrentStage.Number);
        Assert.Equal(2, project.Stages.Count);
    }
}
