using Lifecycle.Domain.Testing;

namespace Lifecycle.Domain.Tests.Projects;

public sealed class DesignRecordsTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };

    [Fact]
    public void LeavingDesign_WithoutSuccessCriteriaOrThresholds_NamesBoth()
    {
        var project = TestProjects.AdvancedTo(5, Predictive);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, TestProjects.Start);
        }

        var broken = project.EvaluateGate().BrokenRules;

        Assert.Equal([typeof(SuccessCriteriaMustBeRecordedRule), typeof(AccuracyThresholdsMustBeSetRule)], broken.Select(r => r.GetType()));
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, TestProjects.Start));
        Assert.Equal(2, refusal.BrokenRules.Count);
    }

    [Fact]
    public void LeavingDesign_ForADescriptiveTool_NeedsNoThresholds()
    {
        var project = TestProjects.AdvancedTo(5).CompleteCurrentStage();

        project.AdvanceStage(TestProjects.Manager, TestProjects.Start);

        Assert.Equal(6, project.CurrentStage.Number);
    }

    [Fact]
    public void SuccessCriteria_MustHaveAllThreeParts_AndAreAudited()
    {
        var project = TestProjects.AdvancedTo(5);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordSuccessCriteria(new("Fewer repeat referrals", " ", null), TestProjects.Manager, TestProjects.Start));
        Assert.IsType<SuccessCriteriaMustBeCompleteRule>(Assert.Single(refusal.BrokenRules));
        project.ClearPendingChanges();

        project.RecordSuccessCriteria(new(" Fewer repeat referrals ", "Quarterly rate", "22%"), TestProjects.Manager, TestProjects.Start);

        Assert.Equal("Fewer repeat referrals", project.SuccessCriteria!.WhatWillImprove);
        Assert.Equal("SuccessCriteriaRecorded", Assert.Single(project.PendingChanges).Kind);
    }

    [Fact]
    public void Thresholds_AreRefusedForToolsThatDoNotPredict()
    {
        var project = TestProjects.AdvancedTo(5);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SetAccuracyThresholds(new AccuracyThresholds(0.7, 0.7, 0.8, 0.1, 10), null, TestProjects.Manager, TestProjects.Start));

        Assert.IsType<ThresholdsApplyToPredictiveToolsRule>(Assert.Single(refusal.BrokenRules));
        Assert.Null(project.AccuracyThresholds);
    }
}
