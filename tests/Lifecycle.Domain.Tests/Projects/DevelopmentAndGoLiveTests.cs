using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Domain.Tests.Projects;

public sealed class DevelopmentAndGoLiveTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(30);

    [Fact]
    public void LeavingDevelopment_WithPartOfTheSafeguardsMissing_NamesTheMissingParts()
    {
        var project = TestProjects.AdvancedTo(6);
        project.RecordDevelopmentSafeguards(TestProjects.Safeguards with { Challenge = " ", FeedbackProcess = null }, TestProjects.Manager, Later);

        var rule = Assert.IsType<PartsMustBeFilledRule>(Assert.Single(project.EvaluateGate().BrokenRules.OfType<PartsMustBeFilledRule>()));

        Assert.Equal(["how outputs can be challenged", "the feedback process"], rule.Missing);
    }

    [Fact]
    public void ReturnToDevelopment_KeepsEveryRun_AndTheProjectCanComeBackToTesting()
    {
        var project = TestProjects.AdvancedTo(7, Predictive).SatisfyAssessments();

        project.ReturnToDevelopment("Recall for care-experienced children was too low.", TestProjects.Manager, Later);

        Assert.Equal(6, project.CurrentStage.Number);
        Assert.Equal(2, project.TestRuns.Count);
        var returned = Assert.Single(project.Stages, s => s.WasReturned);
        Assert.Equal(7, returned.StageNumber);
        Assert.Equal("Recall for care-experienced children was too low.", returned.ReturnReason);

        project.AdvanceStage(TestProjects.Manager, Later);

        Assert.Equal(7, project.CurrentStage.Number);
        Assert.Equal(2, project.Stages.Count(s => s.StageNumber == 7));
        Assert.Contains(project.PendingChanges, c => c.Kind == "ReturnedToDevelopment");
    }

    [Fact]
    public void ReturnToDevelopment_WithoutAReason_OrFromAnotherStage_IsRefused()
    {
        var testing = TestProjects.AdvancedTo(7);
        var noReason = Assert.Throws<BusinessRuleViolationException>(() => testing.ReturnToDevelopment("  ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));

        var design = TestProjects.AdvancedTo(5);
        var wrongStage = Assert.Throws<BusinessRuleViolationException>(() => design.ReturnToDevelopment("Not good enough", TestProjects.Manager, Later));
        Assert.IsType<ProjectMustBeInStageRule>(Assert.Single(wrongStage.BrokenRules));
    }

    [Fact]
    public void LeavingPreDeployment_WithNothingRecorded_NamesEveryMissingPiece()
    {
        var project = TestProjects.AdvancedTo(8);

        var broken = project.EvaluateGate().BrokenRules.Where(r => r is not ChecklistItemMustBeResolvedRule).ToList();

        Assert.Equal(
            [typeof(WorkbookQuestionsMustBeAnsweredRule), typeof(PartsMustBeFilledRule), typeof(TransparencyRecordMustBeConfirmedRule), typeof(DpiaMustBeCompleteRule), typeof(ApprovalMustMatchRule)],
            broken.Select(r => r.GetType()));
        Assert.Contains("6, 7, 8, 9, 10, 11", broken[0].Message);
    }

    [Fact]
    public void HighRiskTool_NeedsAnIndependentEvaluator_BeforeGoLive()
    {
        var project = TestProjects.AdvancedTo(8, ApplicabilityFacts.None with { IsHighRisk = true }).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);

        project.RecordDeploymentPlan(TestProjects.Plan with { EvaluatorIsIndependent = false }, TestProjects.Manager, Later);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is IndependentEvaluatorNeededRule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void ReviewInterval_OutsideOneToTwentyFourMonths_IsRefused(int months)
    {
        var project = TestProjects.AdvancedTo(8);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordDeploymentPlan(TestProjects.Plan with { ReviewIntervalMonths = months }, TestProjects.Manager, Later));

        Assert.IsType<ReviewIntervalMustBeInRangeRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void GoLiveApproval_LapsesWhenTheEvaluationPlanPublicCommunicationOrThresholdsChange()
    {
        var project = TestProjects.AdvancedTo(8, Predictive).CompleteCurrentStage();
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.GoLive));

        project.RecordDeploymentPlan(TestProjects.Plan with { PublicCommunication = "A letter to every family." }, TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
        project.RecordDeploymentPlan(TestProjects.Plan, TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.GoLive));

        project.RecordDeploymentPlan(TestProjects.Plan with { ImpactEvaluation = "A randomised trial." }, TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
        Assert.Contains("changed since it was approved", Assert.Single(project.EvaluateGate().BrokenRules).Message);

        project.RecordDeploymentPlan(TestProjects.Plan, TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.GoLive));

        project.SetAccuracyThresholds(new AccuracyThresholds(0.75, 0.7, 0.8, 0.1, 10), "Raised after the beta run.", TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
    }

    [Fact]
    public void GoLive_CannotBeApprovedByWhoeverSubmittedIt_NorSubmittedOutsideStage8()
    {
        var early = TestProjects.AdvancedTo(7);
        var tooEarly = Assert.Throws<BusinessRuleViolationException>(() => early.SubmitForSignOff(SignOffKind.GoLive, TestProjects.Manager, Later));
        Assert.Contains(tooEarly.BrokenRules, r => r is ProjectMustBeInStageRule);

        var project = TestProjects.AdvancedTo(8);
        project.RecordDeploymentPlan(TestProjects.Plan, TestProjects.Manager, Later);
        project.SubmitForSignOff(SignOffKind.GoLive, TestProjects.Leader, Later);

        var ownDecision = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.GoLive, Decision.Approved, null, TestProjects.Leader, Later));

        Assert.IsType<DeciderMustNotBeSubmitterRule>(Assert.Single(ownDecision.BrokenRules));
    }

    [Fact]
    public void TransparencyRecord_CannotBeConfirmedWithEmptyFields_AndEntriesKeepOnlyWhatChanged()
    {
        var project = TestProjects.AdvancedTo(8);
        project.ClearPendingChanges();
        var gaps = Lifecycle.Domain.Transparency.TransparencyFields.For(project, TestProjects.OrganisationName, Later).Missing;
        Assert.Contains(gaps, f => f.Key == "team");

        // The domain works out what is empty; nobody can hand it a shorter list.
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.ConfirmTransparencyRecord(TestProjects.OrganisationName, TestProjects.Manager, Later));
        Assert.Contains($"{gaps.Count} still empty: {gaps[0].Reference} {gaps[0].Label}", Assert.Single(refusal.BrokenRules).Message);

        project.SaveTransparencyEntries(new Dictionary<string, string?> { ["team"] = "Performance team", ["region"] = " " }, TestProjects.Manager, Later);
        project.SaveTransparencyEntries(new Dictionary<string, string?> { ["team"] = "Performance team" }, TestProjects.Manager, Later);

        Assert.Equal("Performance team", project.TransparencyText("team"));
        Assert.Null(project.TransparencyText("region"));
        Assert.Single(project.PendingChanges, c => c.Kind == "TransparencyRecordEdited");
    }

    [Fact]
    public void TransparencyRecord_OnceEveryGapIsFilled_CanBeConfirmed()
    {
        var project = TestProjects.AdvancedTo(8);

        project.ConfirmCompleteTransparencyRecord(Later);

        Assert.Equal(Later, project.TransparencyConfirmedAt);
        Assert.Empty(Lifecycle.Domain.Transparency.TransparencyFields.For(project, TestProjects.OrganisationName, Later).Missing);
    }
}
