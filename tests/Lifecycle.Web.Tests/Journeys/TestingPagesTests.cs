using System.Text;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class TestingPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task TypedCountsAndAnUploadedFile_AreRecordedAndJudged_AndOnlyTheUnfairLatestRunStillBlocksTheGate()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToTestingAsync(team);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/runs/new");
        await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.Kind"] = "Alpha",
            ["Input.RanOn.Day"] = "1",
            ["Input.RanOn.Month"] = "4",
            ["Input.RanOn.Year"] = "2026",
            ["Rows[0].Group"] = "Boys",
            ["Rows[0].TruePositives"] = "20",
            ["Rows[0].FalsePositives"] = "5",
            ["Rows[0].TrueNegatives"] = "22",
            ["Rows[0].FalseNegatives"] = "3",
            ["Rows[1].Group"] = "Girls",
            ["Rows[1].TruePositives"] = "20",
            ["Rows[1].FalsePositives"] = "5",
            ["Rows[1].TrueNegatives"] = "23",
            ["Rows[1].FalseNegatives"] = "2",
        });
        var csv = "group,predicted,actual\n" + string.Concat(Enumerable.Repeat("Boys,1,1\nBoys,0,0\nGirls,1,1\nGirls,0,0\nGirls,1,0\n", 10));
        form = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/runs/new");
        await practitioner.SubmitWithFileAsync(form, PostForm,
            new() { ["Input.Kind"] = "Beta", ["Input.RanOn.Day"] = "1", ["Input.RanOn.Month"] = "5", ["Input.RanOn.Year"] = "2026" }, "Upload", "cases.csv", Encoding.UTF8.GetBytes(csv));

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal([TestRunKind.Alpha, TestRunKind.Beta], project.TestRuns.OrderBy(r => r.Number).Select(r => r.Kind));
        Assert.Equal(new ConfusionCounts(10, 10, 10, 0), project.TestRuns.Single(r => r.Number == 2).Groups.Single(g => g.Group == "Girls").Counts);
        var results = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing");
        Assert.Equal("Meets every threshold", results.QuerySelector("#run-1-verdict")!.TextContent);
        Assert.Equal("Does not meet every threshold", results.QuerySelector("#run-2-verdict")!.TextContent);
        Assert.Contains("Precision for Girls is no more than 0.1 below overall", results.QuerySelector("#run-2-checks")!.TextContent, StringComparison.Ordinal);

        var validation = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/validation/new");
        await practitioner.SubmitAsync(validation, PostForm, new()
        {
            ["Input.Validator"] = "Dr Lee",
            ["Input.Organisation"] = "University of the North",
            ["Input.ValidatedOn.Day"] = "10",
            ["Input.ValidatedOn.Month"] = "5",
            ["Input.ValidatedOn.Year"] = "2026",
            ["Input.Verdict"] = "SupportsGoingLive",
            ["Input.Conclusion"] = "Sound method.",
        });
        var stage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/7");
        Assert.Equal("1 alpha, 1 beta, validated", stage.QuerySelector("#record-testing")!.TextContent.Trim());
        var blocking = (await factory.LoadProjectAsync(team.ProjectId)).EvaluateGate().BrokenRules
            .Where(r => r is not Domain.Projects.ChecklistItemMustBeResolvedRule);
        Assert.IsType<Domain.Projects.LatestRunMustMeetThresholdsRule>(Assert.Single(blocking)); // runs and validation are there; the beta run's results are not good enough
    }

    [Fact]
    public async Task ABadFile_IsRefusedLineByLine_AndNothingIsSaved()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToTestingAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/testing/runs/new");
        var page = await PageClient.ParseAsync(await manager.SubmitWithFileAsync(form, PostForm,
            new() { ["Input.Kind"] = "Alpha", ["Input.RanOn.Day"] = "1", ["Input.RanOn.Month"] = "4", ["Input.RanOn.Year"] = "2026", ["Input.Notes"] = "Kept after the error" },
            "Upload", "cases.csv", Encoding.UTF8.GetBytes("group,predicted,actual\nBoys,1,1\nBoys,maybe,1\nGirls,1\n")));

        Assert.Equal(
        [
            "Line 3: predicted must be 0, 1, true or false, not \"maybe\".",
            "Line 4: expected 3 values (group, predicted, actual) but found 2.",
        ], page.ErrorSummaryItems());
        Assert.Equal("Kept after the error", page.QuerySelector("#Input_Notes")!.TextContent);
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).TestRuns);
    }

    [Fact]
    public async Task MissingOrBadFields_AreRefusedFieldByField()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToTestingAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/testing/runs/new");
        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new()
        {
            ["Input.RanOn.Day"] = "31",
            ["Input.RanOn.Month"] = "2",
            ["Input.RanOn.Year"] = "2026",
            ["Rows[0].Group"] = "",
            ["Rows[0].TruePositives"] = "3",
            ["Rows[0].FalsePositives"] = "-1",
        }));
        Assert.Equal(
        [
            "Select whether this was an alpha or a beta test",
            "The date the test ran must be a real date, like 27 3 2026",
            "Enter a name for group 1, up to 100 characters",
            "Enter all four counts for group 1 as whole numbers, 0 or more",
        ], page.ErrorSummaryItems());

        page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new() { ["Input.Kind"] = "Alpha", ["Input.RanOn.Day"] = "1", ["Input.RanOn.Month"] = "4", ["Input.RanOn.Year"] = "2026" }));
        Assert.Equal(["This tool makes predictions, so the test run needs results for at least one group: enter the counts, or upload a file."], page.ErrorSummaryItems());

        var validation = await manager.GetAsync($"/projects/{team.ProjectId}/testing/validation/new");
        page = await PageClient.ParseAsync(await manager.SubmitAsync(validation, PostForm, new() { ["Input.Validator"] = new string('x', 201) }));
        Assert.Equal(["Name must be 200 characters or fewer", "Enter the organisation they work for", "Enter the date of the validation", "Select whether the validator supports going live", "Enter what the validator concluded"],
            page.ErrorSummaryItems());
    }

    private async Task AdvanceToTestingAsync(Team team)
    {
        for (var stage = 1; stage < 7; stage++)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }
    }
}
