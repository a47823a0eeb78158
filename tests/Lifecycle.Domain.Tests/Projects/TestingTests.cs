using Lifecycle.Domain.Testing;

namespace Lifecycle.Domain.Tests.Projects;

public sealed class TestingTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateOnly Day = new(2025, 12, 1);

    private static readonly GroupCounts[] GoodResults =
    [
        new("Boys", 20, 5, 22, 3),
        new("Girls", 20, 5, 23, 2),
    ];

    private static readonly GroupCounts[] UnfairResults =
    [
        new("Most children", 36, 4, 50, 0),
        new("Care-experienced", 4, 6, 10, 10),
    ];

    [Fact]
    public void LeavingTesting_WithNothingRecorded_NamesEveryMissingPiece()
    {
        var project = InTesting(Predictive);

        var broken = project.EvaluateGate().BrokenRules;

        Assert.Equal(
            [typeof(TestRunMustBeRecordedRule), typeof(TestRunMustBeRecordedRule), typeof(LatestRunMustMeetThresholdsRule), typeof(ExternalValidationMustBeRecordedRule)],
            broken.Select(r => r.GetType()));
    }

    [Fact]
    public void LeavingTesting_WhenTheLatestRunIsUnfairToAGroup_IsRefused_EvenIfAnEarlierRunWasFine()
    {
        var project = InTesting(Predictive);
        project.AddTestRun(TestRunKind.Alpha, Day, null, GoodResults, TestProjects.Manager, TestProjects.Start);
        project.AddTestRun(TestRunKind.Beta, Day, "Live sandbox, April", UnfairResults, TestProjects.Manager, TestProjects.Start);
        project.RecordExternalValidation(new("Dr Lee", "University of the North", Day, Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Sound method; watch the care-experienced group.", []), TestProjects.Manager, TestProjects.Start);

        var broken = Assert.Single(project.EvaluateGate().BrokenRules);

        Assert.IsType<LatestRunMustMeetThresholdsRule>(broken);
        Assert.False(project.Judge(project.LatestTestRun!, project.AccuracyThresholds)!.MeetsEveryThreshold);
    }

    [Fact]
    public void LeavingTesting_WithBothRunsGoodAndValidated_MovesToPreDeployment()
    {
        var project = InTesting(Predictive);
        project.AddTestRun(TestRunKind.Alpha, Day, null, GoodResults, TestProjects.Manager, TestProjects.Start);
        project.AddTestRun(TestRunKind.Beta, Day, null, GoodResults, TestProjects.Manager, TestProjects.Start);
        project.RecordExternalValidation(new("Dr Lee", "University of the North", Day, Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Sound.", []), TestProjects.Manager, TestProjects.Start);

        project.AdvanceStage(TestProjects.Manager, TestProjects.Start);

        Assert.Equal(8, project.CurrentStage.Number);
    }

    [Fact]
    public void DescriptiveTool_NeedsRunsAndValidationButNoCounts()
    {
        var project = InTesting(null);
        project.AddTestRun(TestRunKind.Alpha, Day, "Checked figures against last year's returns", [], TestProjects.Manager, TestProjects.Start);
        project.AddTestRun(TestRunKind.Beta, Day, "Two localities used it for a month", [], TestProjects.Manager, TestProjects.Start);
        project.RecordExternalValidation(new("Ms Khan", "Regional improvement alliance", Day, Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Figures reconcile.", []), TestProjects.Manager, TestProjects.Start);

        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void TestRun_IsRefused_OutsideTesting_WithoutCounts_OrWithRepeatedOrNegativeGroups()
    {
        var early = TestProjects.AdvancedTo(6, Predictive);
        Assert.IsType<ProjectMustBeInStageRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            early.AddTestRun(TestRunKind.Alpha, Day, null, GoodResults, TestProjects.Manager, TestProjects.Start)).BrokenRules));

        var project = InTesting(Predictive);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AddTestRun(TestRunKind.Alpha, Day, null, [new("All", 0, 0, 0, 0)], TestProjects.Manager, TestProjects.Start));
        Assert.IsType<PredictiveRunsNeedCountsRule>(Assert.Single(refusal.BrokenRules));
        refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AddTestRun(TestRunKind.Alpha, Day, null, [new("Boys", 1, 1, 1, 1), new("boys", 1, 1, 1, -1)], TestProjects.Manager, TestProjects.Start));
        Assert.Equal([typeof(GroupNamesMustBeDistinctRule), typeof(CountsMustNotBeNegativeRule)], refusal.BrokenRules.Select(r => r.GetType()));
        Assert.Empty(project.TestRuns);
    }

    private static Project InTesting(ApplicabilityFacts? facts)
    {
        var project = TestProjects.AdvancedTo(7, facts);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, TestProjects.Start);
        }

        return project;
    }
}
