using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class DesignTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task PredictiveProject_RecordsCriteriaAndThresholds_ThenLeavesDesign()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToDesignAsync(team);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var stage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/5");
        Assert.Equal("Not recorded", stage.QuerySelector("#record-design")!.TextContent.Trim());
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/design");
        await practitioner.SubmitAsync(form, PostForm, new()
        {
            ["Input.WhatWillImprove"] = "Fewer families referred again within a year",
            ["Input.HowMeasured"] = "Re-referral rate, quarterly, from the case system",
            ["Input.Baseline"] = "22% in 2025",
            ["Input.MinimumPrecision"] = "70",
            ["Input.MinimumRecall"] = "75%",
            ["Input.MinimumAccuracy"] = "80.5",
            ["Input.MaximumGroupGap"] = "10",
            ["Input.MinimumGroupSize"] = "20",
        });

        Assert.Equal("Recorded", (await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/5")).QuerySelector("#record-design")!.TextContent.Trim());
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal("22% in 2025", project.SuccessCriteria!.Baseline);
        Assert.Equal((0.7, 0.75, 0.805, 0.1, 20), (project.AccuracyThresholds!.MinimumPrecision, project.AccuracyThresholds.MinimumRecall,
            project.AccuracyThresholds.MinimumAccuracy, project.AccuracyThresholds.MaximumGroupGap, project.AccuracyThresholds.MinimumGroupSize));
        Assert.Equal("75", (await practitioner.GetAsync($"/projects/{team.ProjectId}/design")).QuerySelector("#Input_MinimumRecall")!.GetAttribute("value"));

        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        await factory.AdvanceAsync(team.ProjectId, team.Manager);
        Assert.Equal(6, (await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number);
    }

    [Fact]
    public async Task BadInput_IsRefusedFieldByField_AndWhatWasTypedIsKept()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToDesignAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/design");
        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new()
        {
            ["Input.WhatWillImprove"] = "Fewer re-referrals",
            ["Input.HowMeasured"] = new string('x', 4001),
            ["Input.Baseline"] = "",
            ["Input.MinimumPrecision"] = "120",
            ["Input.MinimumRecall"] = "seventy",
            ["Input.MinimumAccuracy"] = "0",
            ["Input.MaximumGroupGap"] = "-5",
            ["Input.MinimumGroupSize"] = "2.5",
        }));

        Assert.Equal(
        [
            "How it will be measured must be 4,000 characters or fewer",
            "Enter the baseline: how things stand today",
            "Enter the minimum precision as a percentage above 0, up to 100",
            "Enter the minimum recall as a percentage above 0, up to 100",
            "Enter the minimum accuracy as a percentage above 0, up to 100",
            "Enter the largest gap between a group and overall as a percentage from 0 to 100",
            "Enter the minimum group size as a whole number from 5 to 50",
        ], page.ErrorSummaryItems());
        Assert.Equal("Fewer re-referrals", page.QuerySelector("#Input_WhatWillImprove")!.TextContent);
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).SuccessCriteria);
    }

    [Fact]
    public async Task DescriptiveProject_IsNotAskedForThresholds_AndViewersOnlyRead()
    {
        var team = await Team.CreateAsync(factory);
        await AdvanceToDesignAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/design");
        Assert.Null(form.QuerySelector("#Input_MinimumPrecision"));
        await manager.SubmitAsync(form, PostForm, new() { ["Input.WhatWillImprove"] = "a", ["Input.HowMeasured"] = "b", ["Input.Baseline"] = "c" });
        Assert.NotNull((await factory.LoadProjectAsync(team.ProjectId)).SuccessCriteria);

        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        var readOnly = await viewer.GetAsync($"/projects/{team.ProjectId}/design");
        Assert.Null(readOnly.QuerySelector("form[method=post]:not(.app-inline-form)"));
        Assert.Contains("a", readOnly.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapThatCountsEitherWay_AndAReasonNotToJudgeByGroup_AreSaved_AndASeniorLeaderAgreesOnTheirOwnPage()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToDesignAsync(team);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/design");
        Assert.NotNull(form.QuerySelector("#Input_GapDirection[value=below][checked]"));

        await practitioner.SubmitAsync(form, PostForm, ValidDesign(new()
        {
            ["Input.GapDirection"] = "both",
            ["Input.WhyNotByGroup"] = "Fewer than 30 referrals a year in any group we could name.",
        }));

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.True(project.AccuracyThresholds!.GapAppliesBothWays);
        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.UngroupedResults));
        var page = await practitioner.GetAsync($"/projects/{team.ProjectId}/design");
        Assert.Contains("either way", page.QuerySelector("#threshold-history")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='ungrouped-decision']"));

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var link = (await leader.GetAsync($"/projects/{team.ProjectId}/design")).QuerySelector("a[href$='ungrouped-decision']")!;
        var decision = await leader.GetAsync(link.GetAttribute("href")!);
        Assert.Contains("Fewer than 30 referrals a year", decision.Body!.TextContent, StringComparison.Ordinal);
        await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved" });

        Assert.True((await factory.LoadProjectAsync(team.ProjectId)).UngroupedResultsAgreed);
        Assert.Contains("Approved", (await practitioner.GetAsync($"/projects/{team.ProjectId}/design")).QuerySelector("#ungrouped-results ~ p strong")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownGapDirection_IsRefusedWithAMessage()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await AdvanceToDesignAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var form = await manager.GetAsync($"/projects/{team.ProjectId}/design");

        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, ValidDesign(new() { ["Input.GapDirection"] = "sideways" })));

        Assert.Equal(["Select when a gap from overall counts against the tool"], page.ErrorSummaryItems());
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).AccuracyThresholds);
    }

    /// <summary>A design form every field of which is valid, with <paramref name="changes"/> on top.</summary>
    private static Dictionary<string, string> ValidDesign(Dictionary<string, string> changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.WhatWillImprove"] = "Fewer families referred again within a year",
            ["Input.HowMeasured"] = "Re-referral rate, quarterly, from the case system",
            ["Input.Baseline"] = "22% in 2025",
            ["Input.MinimumPrecision"] = "70",
            ["Input.MinimumRecall"] = "75",
            ["Input.MinimumAccuracy"] = "80",
            ["Input.MaximumGroupGap"] = "10",
            ["Input.MinimumGroupSize"] = "20",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task AdvanceToDesignAsync(Team team)
    {
        for (var stage = 1; stage < 5; stage++)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }
    }
}
