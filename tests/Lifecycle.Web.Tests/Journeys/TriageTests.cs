using Lifecycle.Domain.Triage;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class TriageTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Triage_ShowsRiskThemesWithReasonsAndObligations()
    {
        var team = await AtStage4Async();
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/new");
        var done = await practitioner.SubmitAsync(form, PostForm, TestTriage.Form(("Input.Answers[PersonalData]", "WholeAuthority"), ("Input.Answers[UsersExperience]", "NoExperience")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var page = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage");
        Assert.Equal("Medium risk", page.QuerySelector("#risk-level")!.TextContent.Trim());
        var themes = page.QuerySelector("#themes")!.TextContent;
        Assert.Contains("Co-design with users", themes, StringComparison.Ordinal);
        Assert.Contains("uses personal information about children or families", themes, StringComparison.Ordinal);
        Assert.Contains("start the DPIA now", themes, StringComparison.Ordinal);
        Assert.Contains("data protection impact assessment", page.QuerySelector("#obligations")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_WithUnansweredQuestions_ListsEachAndSavesNothing()
    {
        var team = await AtStage4Async();
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var fields = TestTriage.Form(("Input.Answers[UsedHereBefore]", "Often"));
        fields.Remove("Input.Answers[PredictsAboutIndividuals]");
        fields.Remove("Input.Affected");

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/new");
        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, fields));

        Assert.Equal(
        [
            "Answer: Has the council used this type of analytics before?",
            "Answer: Would the tool make predictions about individual children or families?",
            "Select who the tool would directly affect", // drawn after the impact questions, at the end of their section
        ], page.ErrorSummaryItems());
        Assert.Equal("#Input_Answers_UsedHereBefore_", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input_Answers_UsedHereBefore_"));
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).Triages);
    }

    [Fact]
    public async Task DoNotProceed_BlocksTheExploreGateUntilRedone_AndHistoryIsKept()
    {
        var team = await AtStage4Async();
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/new");
        await practitioner.SubmitAsync(form, PostForm, TestTriage.Form(("Input.Answers[ActsWithoutProfessional]", "Yes")));
        Assert.NotNull((await practitioner.GetAsync($"/projects/{team.ProjectId}/triage")).QuerySelector("#do-not-proceed"));
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/4");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Contains(refused.ErrorSummaryItems(), e => e.StartsWith("the triage no longer says ‘do not proceed’", StringComparison.Ordinal));

        form = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/new");
        Assert.True(form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Answers_ActsWithoutProfessional_")!.IsChecked);
        await practitioner.SubmitAsync(form, PostForm, TestTriage.Form());

        var first = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/1");
        Assert.NotNull(first.QuerySelector("#do-not-proceed"));
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/triage/3")).StatusCode);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(2, project.Triages.Count);
        Assert.False(project.LatestTriage!.Outcome.DoNotProceed);
    }

    [Fact]
    public async Task HighRiskTriage_MakesTheHighRiskItemsApply()
    {
        var team = await AtStage4Async();
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/triage/new");
        await practitioner.SubmitAsync(form, PostForm, TestTriage.Form(("Input.Answers[PredictsAboutIndividuals]", "Yes")));

        var stage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/4");

        Assert.NotNull(stage.QuerySelector("#item-4-7"));
        Assert.Equal(RiskLevel.High, (await factory.LoadProjectAsync(team.ProjectId)).LatestTriage!.Outcome.Risk);
        Assert.True((await factory.LoadProjectAsync(team.ProjectId)).IsHighRisk);
    }

    private async Task<Team> AtStage4Async()
    {
        var team = await Team.CreateAsync(factory);
        for (var stage = 1; stage < 4; stage++)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }

        return team;
    }
}
