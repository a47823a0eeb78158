namespace Lifecycle.Domain.Tests.Projects;

public sealed class StageGateTests
{
    private static readonly DateTime Later = TestProjects.Start.AddDays(1);

    [Fact]
    public void Advance_WhenChecklistIncomplete_RefusesWithEveryOpenMandatoryItem()
    {
        var project = TestProjects.New();
        project.MarkItemDone("1.1", null, null, TestProjects.Manager, Later);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, Later));

        var openCodes = refusal.BrokenRules.OfType<ChecklistItemMustBeResolvedRule>().Select(r => r.Item.Code);
        Assert.Equal(["1.2", "1.3", "1.4", "1.5"], openCodes);
        Assert.Equal(1, project.CurrentStage.Number);
    }

    [Fact]
    public void Advance_WhenChecklistComplete_MovesToNextStageAndRecordsDates()
    {
        var project = TestProjects.New().CompleteCurrentStage();

        project.AdvanceStage(TestProjects.Manager, Later);

        Assert.Equal(2, project.CurrentStage.Number);
        Assert.Equal(Later, project.Stages.Single(s => s.StageNumber == 1).CompletedAt);
        Assert.Equal(Later, project.CurrentStageProgress.EnteredAt);
        Assert.Equal(StageStatus.Completed, project.StatusOf(1));
        Assert.Equal(StageStatus.NotYetStarted, project.StatusOf(2));
        Assert.Equal(StageStatus.CannotStartYet, project.StatusOf(3));
    }

    [Fact]
    public void EvaluateGate_ChangesNothing()
    {
        var project = TestProjects.New();
        var version = project.Version;

        var gate = project.EvaluateGate();

        Assert.False(gate.IsOpen);
        Assert.Equal(version, project.Version);
        Assert.Equal(2, gate.To!.Number);
    }

    [Fact]
    public void Gate_OptionalItemsDoNotBlock()
    {
        var project = TestProjects.AdvancedTo(3).CompleteCurrentStage();

        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("3.5"));
        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void Gate_PredictiveOnlyItemBlocksOnlyPredictiveTools()
    {
        var descriptive = TestProjects.AdvancedTo(2).CompleteCurrentStage();
        Assert.True(descriptive.EvaluateGate().IsOpen);

        var predictive = TestProjects.AdvancedTo(2, new ApplicabilityFacts(true, false, false)).SatisfyAssessments();
        predictive.MarkItemDone("2.1", null, null, TestProjects.Manager, Later);
        predictive.MarkItemDone("2.2", null, null, TestProjects.Manager, Later);

        var broken = Assert.Single(predictive.EvaluateGate().BrokenRules);
        Assert.Equal("2.3", Assert.IsType<ChecklistItemMustBeResolvedRule>(broken).Item.Code);
    }

    [Fact]
    public void Gate_HighRiskMakesIndependentScrutinyMandatory()
    {
        var project = TestProjects.AdvancedTo(4, new ApplicabilityFacts(false, false, true));
        foreach (var code in new[] { "4.1", "4.2", "4.3", "4.6", "4.8" })
        {
            project.MarkItemDone(code, null, null, TestProjects.Manager, Later);
        }

        var codes = project.EvaluateGate().BrokenRules.OfType<ChecklistItemMustBeResolvedRule>().Select(r => r.Item.Code);
        Assert.Equal(["4.4", "4.5", "4.7"], codes);
    }

    [Fact]
    public void Gate_ValidNotApplicableCountsAsResolved()
    {
        var project = TestProjects.AdvancedTo(5).CompleteCurrentStage();
        project.MarkItemNotApplicable("5.6", "The tool has no interface: it produces a monthly report.", TestProjects.Manager, Later);

        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void Advance_FromLastStage_RetiresTheProjectAndMakesItReadOnly()
    {
        var project = TestProjects.AdvancedTo(10).CompleteCurrentStage();
        Assert.Null(project.EvaluateGate().To);

        project.AdvanceStage(TestProjects.Manager, Later);

        Assert.Equal(ProjectStatus.Retired, project.Status);
        Assert.Equal(10, project.CurrentStage.Number);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddRisk(new("Late", null, null, 1, 1, null, null, Lifecycle.Domain.Risks.RiskStatus.Open, null), TestProjects.Manager, Later));
        Assert.Contains("retired", Assert.Single(refusal.BrokenRules).Message);
    }

    [Fact]
    public void Advance_WhenOnHold_RefusesWithHoldRuleAsWellAsOpenItems()
    {
        var project = TestProjects.New();
        project.PutOnHold("Waiting for the data sharing agreement.", TestProjects.Manager, Later);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, Later));

        Assert.Contains(refusal.BrokenRules, r => r is ProjectMustNotBeOnHoldRule);
        Assert.Contains(refusal.BrokenRules, r => r is ChecklistItemMustBeResolvedRule);
    }

    [Fact]
    public void AStageWithItsRecordsButNoTicks_IsInProgress_AndALiveToolIsAlwaysUnderWay()
    {
        var live = TestProjects.AdvancedTo(Project.MonitoringStage);
        Assert.Equal(StageStatus.InProgress, live.StatusOf(Project.MonitoringStage));

        var design = TestProjects.AdvancedTo(5);
        Assert.Equal(StageStatus.NotYetStarted, design.StatusOf(5));
        design.RecordSuccessCriteria(new("Fewer repeat referrals", "Quarterly re-referral rate", "22% in 2025"), TestProjects.Manager, Later);
        Assert.Equal(StageStatus.InProgress, design.StatusOf(5));
    }
}
