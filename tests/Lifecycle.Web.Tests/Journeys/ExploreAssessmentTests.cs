using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class ExploreAssessmentTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task MaturityAssessment_ShowsTheResultAndWhatItPermits()
    {
        var team = await AtStageAsync(2);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/maturity");
        var saved = await practitioner.SubmitAsync(form, PostForm, Scores(4, 4, 3, 4, 5));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await practitioner.GetAsync($"/projects/{team.ProjectId}/maturity");
        var result = page.QuerySelector("#maturity-result")!.TextContent;
        Assert.Contains("medium maturity", result, StringComparison.Ordinal);
        Assert.Contains("Predictive tools need high maturity", result, StringComparison.Ordinal);
        Assert.Equal(MaturityLevel.Medium, (await factory.LoadProjectAsync(team.ProjectId)).MaturityResult);
    }

    [Fact]
    public async Task MaturityAssessment_WithMissingOutOfRangeAndOverlongAnswers_ListsEachAndSavesNothing()
    {
        var team = await AtStageAsync(2);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/maturity");
        var values = Scores(4, 4, 4, 4, 4);
        values.Remove("Input.Components[0].Score");
        values["Input.Components[1].Score"] = "6";
        values["Input.Components[2].Justification"] = new string('j', 4001);
        values["Input.Components[3].Justification"] = " ";

        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, values));

        Assert.Equal(
        [
            "Select a score",
            "Score must be from 1 to 5",
            "Explanation must be 4,000 characters or fewer",
            "Explain why you gave this score",
        ], page.ErrorSummaryItems());
        Assert.Equal("#Input_Components_1__Score", page.QuerySelectorAll(".govuk-error-summary__list a")[1].GetAttribute("href"));
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).MaturityScores);
    }

    [Fact]
    public async Task LowMaturity_BlocksLeavingStageTwo()
    {
        var team = await AtStageAsync(2);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/maturity");
        await practitioner.SubmitAsync(form, PostForm, Scores(1, 2, 2, 1, 2));
        await CompleteChecklistAsync(team);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/2");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));

        Assert.Equal(["data maturity is above low: improve how data is managed, governed and used before choosing a solution"], refused.ErrorSummaryItems());
    }

    [Fact]
    public async Task Predictive_AtMediumMaturity_IsRefusedWithTheReason()
    {
        var team = await AtStageAsync(3, maturity: 3);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/solution");
        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.AnalyticsType"] = "Predictive", ["Input.ThirdParty"] = "no" }));

        Assert.Equal(["Predictive analytics needs higher data maturity: at medium maturity, choose descriptive or diagnostic analytics."], page.ErrorSummaryItems());
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).AnalyticsType);
    }

    [Fact]
    public async Task Solution_WithoutAnswers_ListsBothQuestions()
    {
        var team = await AtStageAsync(3);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/solution");
        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.AnalyticsType"] = "Clairvoyant" }));

        Assert.Equal(["Select the type of analytics", "Select whether a third party will build or run the tool"], page.ErrorSummaryItems());
    }

    [Fact]
    public async Task ChoosingASolutionAndAssessingADataset_OpensTheStageThreeGate()
    {
        var team = await AtStageAsync(3);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        await CompleteChecklistAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/3");
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Equal(
            ["the type of analytics (descriptive, diagnostic or predictive) is chosen", "at least one dataset the tool will use is catalogued with its quality assessed"],
            refused.ErrorSummaryItems());

        var solution = await practitioner.GetAsync($"/projects/{team.ProjectId}/solution");
        await practitioner.SubmitAsync(solution, PostForm, new() { ["Input.AnalyticsType"] = "Diagnostic", ["Input.ThirdParty"] = "yes" });
        var newDataset = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/new");
        var added = await practitioner.SubmitAsync(newDataset, PostForm, new()
        {
            ["Input.Name"] = "Children in need census",
            ["Input.Owner"] = "Performance team",
            ["Input.RowCount"] = "12,500",
            ["Input.MissingPercent"] = "3.25",
            ["Input.Sensitivity"] = "personal",
            ["Input.Quality"] = "Adequate",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // A third party is now involved, so its due diligence item (3.8) applies and must be done too.
        stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/3");
        refused = await PageClient.ParseAsync(await manager.SubmitAsync(stage, "form[action*=Advance]", []));
        Assert.Equal(["3.8 ‘Carry out due diligence on the third party’ is done"], refused.ErrorSummaryItems());

        await CompleteChecklistAsync(team);
        stage = await manager.GetAsync($"/projects/{team.ProjectId}/stages/3");
        var moved = await manager.SubmitAsync(stage, "form[action*=Advance]", []);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(4, project.CurrentStage.Number);
        var dataset = Assert.Single(project.Datasets);
        Assert.Equal(12_500, dataset.RowCount);
        Assert.Equal(3.25m, dataset.MissingPercent);
    }

    [Fact]
    public async Task Dataset_WithBadFigures_ListsEachProblemAndKeepsWhatWasTyped()
    {
        var team = await AtStageAsync(3);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/new");
        var page = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.Name"] = "",
            ["Input.Owner"] = "Data team",
            ["Input.RowCount"] = "-5",
            ["Input.MissingPercent"] = "140",
            ["Input.Sensitivity"] = "special-category",
        }));

        Assert.Equal(
        [
            "Enter the dataset name",
            "Number of rows must be a whole number, like 12000",
            "Missing values must be a percentage from 0 to 100, like 4.5",
            "Special category data is personal data: select personal data as well",
            "Select the result of the quality audit",
        ], page.ErrorSummaryItems());
        Assert.Equal("Data team", page.QuerySelector("#Input_Owner")!.GetAttribute("value"));
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).Datasets);
    }

    [Fact]
    public async Task Dataset_CanBeChangedAndUnknownIdsAre404()
    {
        var team = await AtStageAsync(3);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/new");
        await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Name"] = "Referrals", ["Input.Quality"] = "NotAssessed" });
        var id = Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).Datasets).Id;

        var edit = await practitioner.GetAsync($"/projects/{team.ProjectId}/datasets/{id}");
        Assert.Equal("Referrals", edit.QuerySelector("#Input_Name")!.GetAttribute("value"));
        var changed = await practitioner.SubmitAsync(edit, PostForm, new() { ["Input.Quality"] = "Poor", ["Input.QualityNotes"] = "Ethnicity missing for a third of records" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(DataQuality.Poor, (await factory.LoadProjectAsync(team.ProjectId)).Datasets.Single().Quality);

        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/datasets/{Guid.NewGuid()}")).StatusCode);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();
        var post = await practitioner.PostWithTokenAsync($"/projects/{team.ProjectId}/datasets/{Guid.NewGuid()}", "/",
            new() { ["Version"] = version, ["Input.Name"] = "Ghost", ["Input.Quality"] = "Good" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Viewer_ReadsAssessmentsButCannotChangeThem()
    {
        var team = await AtStageAsync(3);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var maturity = await viewer.GetAsync($"/projects/{team.ProjectId}/maturity");
        Assert.Null(maturity.QuerySelector("form[method=post]:not(.app-inline-form)"));
        Assert.Contains("access-denied", (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/datasets/new")).Location(), StringComparison.Ordinal);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();
        var post = await viewer.PostWithTokenAsync($"/projects/{team.ProjectId}/solution", "/", new() { ["Version"] = version, ["Input.AnalyticsType"] = "Descriptive", ["Input.ThirdParty"] = "no" });
        Assert.Contains("access-denied", post.Location(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Scores(params int[] scores) =>
        scores.Select((score, i) => (score, i))
            .SelectMany(x => new[]
            {
                KeyValuePair.Create($"Input.Components[{x.i}].Score", x.score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                KeyValuePair.Create($"Input.Components[{x.i}].Justification", $"Evidence for part {x.i + 1}"),
            })
            .ToDictionary();

    private async Task<Team> AtStageAsync(int stage, int maturity = 4)
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        while ((await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number < stage)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            var page = await manager.GetAsync($"/projects/{team.ProjectId}/stages/{(await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number}");
            Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, "form[action*=Advance]", [])).StatusCode);
        }

        if (maturity != 4)
        {
            var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
            var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/maturity");
            await practitioner.SubmitAsync(form, PostForm, Scores(maturity, maturity, maturity, maturity, maturity));
        }

        return team;
    }

    private Task<int> CompleteChecklistAsync(Team team) =>
        factory.WithDbAsync(async db =>
        {
            var project = await Lifecycle.Application.Projects.ProjectQueries.LoadAsync(db.Projects, team.ProjectId, team.OrganisationId, CancellationToken.None);
            foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory && !project.IsResolved(i)))
            {
                project.MarkItemDone(item.Code, null, null, new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
}
