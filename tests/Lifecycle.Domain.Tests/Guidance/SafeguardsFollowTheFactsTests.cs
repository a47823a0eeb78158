using Lifecycle.Domain.Capability;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Triage;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 10, parts 2 and 4: the safeguards for risky tools apply whenever the facts say so.</summary>
public sealed class SafeguardsFollowTheFactsTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(60);

    [Fact]
    public void PoorQualityDataMustBeAddressed_BeforeLeavingStage3_ByImprovingDroppingOrMitigating()
    {
        var project = TestProjects.AdvancedTo(3).CompleteCurrentStage();
        var poor = project.AddDataset(TestProjects.AssessedDataset("School census extract") with { Quality = DataQuality.Poor }, TestProjects.Manager, Later);

        var rule = Assert.IsType<PoorQualityDataMustBeAddressedRule>(Assert.Single(project.EvaluateGate().BrokenRules));
        Assert.Equal(["School census extract"], rule.Unaddressed);

        project.UpdateDataset(poor, TestProjects.AssessedDataset("School census extract") with
        {
            Quality = DataQuality.Poor,
            PoorQualityMitigation = "Used only for school phase; results for pupils without a census record are shown separately.",
        }, TestProjects.Manager, Later);
        Assert.True(project.EvaluateGate().IsOpen);

        var dropped = TestProjects.AdvancedTo(3).CompleteCurrentStage();
        var second = dropped.AddDataset(TestProjects.AssessedDataset("Old referrals") with { Quality = DataQuality.Poor }, TestProjects.Manager, Later);
        var noReason = Assert.Throws<BusinessRuleViolationException>(() => dropped.StopUsingDataset(second, " ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));
        dropped.StopUsingDataset(second, "Too many gaps before 2022.", TestProjects.Manager, Later);
        Assert.True(dropped.EvaluateGate().IsOpen);
        Assert.False(dropped.Datasets.Single(d => d.Id == second).IsInUse);
    }

    [Fact]
    public void DatasetQualityMustBeAssessed_CountsOnlyDatasetsStillInUse()
    {
        var project = TestProjects.AdvancedTo(3).CompleteCurrentStage();
        project.StopUsingDataset(project.Datasets.Single().Id, "Replaced by a newer extract.", TestProjects.Manager, Later);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is DatasetQualityMustBeAssessedRule);
    }

    [Fact]
    public void IndependentOversightMemberNeeded_ForAPredictiveTool_WhateverTheTriageLevel()
    {
        var project = TestProjects.AdvancedTo(4, Predictive).CompleteCurrentStage();
        Assert.False(project.IsHighRisk);
        Assert.True(project.EvaluateGate().IsOpen);

        project.RemoveOversightMember(project.OversightMembers.Single().Id, TestProjects.Manager, Later);
        project.AddOversightMember("Ina Internal", "Council", "Social work", Independence.Internal, TestProjects.Manager, Later);

        var rule = Assert.IsType<IndependentOversightMemberNeededRule>(Assert.Single(project.EvaluateGate().BrokenRules));
        Assert.Contains("a predictive tool is novel", rule.Message);
        Assert.True(LifecycleFramework.FindItem("4.7")!.AppliesTo(project.Facts));
    }

    [Fact]
    public void IndependentScrutiny_IsNeeded_WhenTheToolIdentifiesIndividuals_OrInHouseSkillIsLow()
    {
        var identifies = TestProjects.AdvancedTo(4);
        identifies.CompleteTriage(TestProjects.LowRiskTriage with { PersonalData = PersonalDataScale.FlaggedFamiliesInTheAuthority }, TestProjects.Manager, Later);
        Assert.NotEqual(RiskLevel.High, identifies.LatestTriage!.Outcome.Risk);
        Assert.Equal(["a tool that identifies individual children or families is novel"], identifies.IndependentScrutinyReasons);

        var lowSkill = TestProjects.AdvancedTo(2);
        lowSkill.RecordMaturityAssessment(
            Enum.GetValues<MaturityComponent>().Select(c => new ComponentScore(c, c == MaturityComponent.AnalyticalCapacity ? 2 : 4, "Workshop")).ToList(),
            TestProjects.Manager, Later);
        Assert.Equal(["the council's in-house analytical skill is low"], lowSkill.IndependentScrutinyReasons);
        Assert.True(LifecycleFramework.FindItem("4.7")!.AppliesTo(lowSkill.Facts));
    }

    [Fact]
    public void IndependentEvaluatorNeeded_ForAPredictiveTool_BeforeGoLive()
    {
        var project = TestProjects.AdvancedTo(8, Predictive).CompleteCurrentStage();
        project.RecordDeploymentPlan(TestProjects.Plan with { EvaluatorIsIndependent = false }, TestProjects.Manager, Later);

        var rule = Assert.Single(project.EvaluateGate().BrokenRules, r => r is IndependentEvaluatorNeededRule);
        Assert.Contains("predictive tool is novel", rule.Message);
    }

    [Fact]
    public void EarlierItemMustBeResolved_WhenItComesToApplyAfterItsStagePassed()
    {
        var project = TestProjects.AdvancedTo(5);
        Assert.Empty(project.CarriedOverItems);

        project.CompleteTriage(TestProjects.LowRiskTriage with { PredictsAboutIndividuals = true }, TestProjects.Manager, Later);
        project.CompleteCurrentStage();

        var carried = project.EvaluateGate().BrokenRules.OfType<EarlierItemMustBeResolvedRule>().Select(r => r.Item.Code).ToList();
        Assert.Equal(["4.4", "4.5", "4.7"], carried);
        Assert.Contains("from Stage 4: Ethics triage", project.EvaluateGate().BrokenRules.OfType<EarlierItemMustBeResolvedRule>().First().Message);

        var noRecord = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemDone("4.4", null, null, TestProjects.Manager, Later));
        Assert.IsType<ItemMustHaveItsRecordRule>(Assert.Single(noRecord.BrokenRules));
        TestProjects.StartHighRiskAssessments(project);
        foreach (var code in carried)
        {
            project.MarkItemDone(code, null, null, TestProjects.Manager, Later);
        }

        // The business case approval predates the new triage, so it no longer counts (a rule of stage 4 that still holds).
        Assert.IsType<ApprovalMustMatchRule>(Assert.Single(project.EvaluateGate().BrokenRules.OfType<EarlierGateMustStillHoldRule>()).Rule);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, Later);
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, Later);
        Assert.True(project.EvaluateGate().IsOpen);
        var notCarried = Assert.Throws<BusinessRuleViolationException>(() => project.ReopenItem("4.1", TestProjects.Manager, Later));
        Assert.IsType<ItemMustBeInCurrentStageRule>(Assert.Single(notCarried.BrokenRules));
    }

    [Fact]
    public void DpiaMustBeComplete_BeforeGoLive_AndHighRiskAssessmentsMustBeRecorded()
    {
        var project = TestProjects.AdvancedTo(8, ApplicabilityFacts.None with { IsHighRisk = true }).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);

        var dpia = project.StandardAssessment(ImpactAssessmentKind.DataProtection)!;
        project.SaveImpactAssessment(dpia.Id, dpia.Kind, dpia.Details with { Status = ImpactAssessmentStatus.InProgress, CompletedOn = null }, TestProjects.Manager, Later);
        var eia = project.StandardAssessment(ImpactAssessmentKind.Equality)!;
        project.SaveImpactAssessment(eia.Id, eia.Kind, eia.Details with { Status = ImpactAssessmentStatus.NotStarted }, TestProjects.Manager, Later);

        var broken = project.EvaluateGate().BrokenRules;
        Assert.Contains(broken, r => r is DpiaMustBeCompleteRule);
        var missing = Assert.IsType<HighRiskAssessmentsMustBeRecordedRule>(Assert.Single(broken, r => r is HighRiskAssessmentsMustBeRecordedRule));
        Assert.Equal(["Equality impact assessment"], missing.Missing);
    }

    [Fact]
    public void OversightGroupMustStayWhileInUse_TheLastMemberCannotBeRemovedFromALiveTool()
    {
        var project = TestProjects.AdvancedTo(9);
        var only = project.OversightMembers.Single();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RemoveOversightMember(only.Id, TestProjects.Manager, Later));
        Assert.IsType<OversightGroupMustStayWhileInUseRule>(Assert.Single(refusal.BrokenRules));

        project.AddOversightMember("Ned New", "Council", "Performance", Independence.Internal, TestProjects.Manager, Later);
        project.RemoveOversightMember(only.Id, TestProjects.Manager, Later);
        Assert.Equal("Ned New", Assert.Single(project.OversightMembers).Name);
    }

    [Fact]
    public void AChallenge_WithoutAResponseFor28Days_IsWaitingTooLong_FeedbackIsNot()
    {
        var project = TestProjects.AdvancedTo(9);
        var raised = new DateOnly(2026, 3, 1);
        var challenge = project.RecordFeedback(Lifecycle.Domain.Engagement.FeedbackKind.Challenge, null, raised, "Score for family 12", "Ignored a house move.", TestProjects.Manager, Later);
        project.RecordFeedback(Lifecycle.Domain.Engagement.FeedbackKind.Feedback, null, raised, "Colours", "Hard to read.", TestProjects.Manager, Later);

        Assert.Empty(project.ChallengesWaitingTooLong(raised.AddDays(28)));
        Assert.Equal([challenge], project.ChallengesWaitingTooLong(raised.AddDays(29)));

        project.RespondToFeedback(challenge.Id, "Address history now refreshes daily.", Lifecycle.Domain.Engagement.FeedbackStatus.Responded, TestProjects.Manager, Later);
        Assert.Empty(project.ChallengesWaitingTooLong(raised.AddDays(60)));
    }

    [Fact]
    public void Item2_3_FollowsTheAnalyticsTypeChosenInStage3_NotTheRegistrationFlag()
    {
        var project = TestProjects.AdvancedTo(3);
        Assert.False(LifecycleFramework.FindItem("2.3")!.AppliesTo(project.Facts));

        project.RecordMaturityAssessment(TestProjects.Scores(5), TestProjects.Manager, Later);
        project.ChooseSolution(AnalyticsType.Predictive, false, TestProjects.Manager, Later);

        Assert.Contains(project.CarriedOverItems, i => i.Code == "2.3");
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is EarlierItemMustBeResolvedRule { Item.Code: "2.3" });
    }

    [Fact]
    public void Retirement_DoesNotWaitForTheOngoingDuties_AFailingToolCanBeRetiredUnpublished()
    {
        var project = TestProjects.AdvancedTo(9);
        project.MarkItemDone("9.1", null, null, TestProjects.Manager, Later);
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("9.4"));

        project.ProposeRetirement("Recall fell below the threshold in two reviews running.", TestProjects.Manager, Later);
        project.DecideSignOff(SignOffKind.Retirement, Decision.Approved, null, TestProjects.Leader, Later);

        Assert.Equal(10, project.CurrentStage.Number);
    }
}
