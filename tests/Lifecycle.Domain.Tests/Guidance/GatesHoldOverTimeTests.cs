using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>
/// Issue 25, point 1: a passed gate is an invariant. Each test passes a gate, changes the fact it rested on,
/// and tries to move on, as a reviewer gaming the gates would.
/// </summary>
public sealed class GatesHoldOverTimeTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };

    private static EarlierGateMustStillHoldRule BrokenEarlier<TRule>(Project project, int stage)
        where TRule : IBusinessRule =>
        Assert.Single(project.EvaluateGate().BrokenRules.OfType<EarlierGateMustStillHoldRule>(), r => r.Rule is TRule && r.Stage.Number == stage);

    private static void RefusesToAdvance<TRule>(Project project, int stage)
        where TRule : IBusinessRule
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(Manager, Start));
        Assert.Contains(refusal.BrokenRules, r => r is EarlierGateMustStillHoldRule { Rule: TRule } earlier && earlier.Stage.Number == stage);
    }

    [Fact]
    public void TriageMustNotSayDoNotProceedRule_RedoneAsARedLineInDesign_HoldsEveryLaterGate_NamingStage4()
    {
        var project = AdvancedTo(5).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);

        project.CompleteTriage(LowRiskTriage with { ActsWithoutProfessional = true }, Manager, Start);

        var broken = BrokenEarlier<TriageMustNotSayDoNotProceedRule>(project, 4);
        Assert.StartsWith("Stage 4: Ethics triage, passed earlier, holds again:", broken.Message, StringComparison.Ordinal);
        RefusesToAdvance<TriageMustNotSayDoNotProceedRule>(project, 4);
    }

    [Fact]
    public void AnalyticsTypeMustBePermittedByMaturityRule_MaturityRescoredDownAfterStage3_HoldsTheNextGate()
    {
        var project = AdvancedTo(5, Predictive).CompleteCurrentStage();

        project.RecordMaturityAssessment(Scores(3), Manager, Start);

        BrokenEarlier<AnalyticsTypeMustBePermittedByMaturityRule>(project, 3);
        RefusesToAdvance<AnalyticsTypeMustBePermittedByMaturityRule>(project, 3);
    }

    [Fact]
    public void PoorQualityDataMustBeAddressedRule_PoorDatasetAddedInDevelopment_HoldsTheNextGateUntilItHasAPlan()
    {
        var project = AdvancedTo(6).CompleteCurrentStage();

        var poor = project.AddDataset(AssessedDataset("Health visits") with { Quality = DataQuality.Poor }, Manager, Start);

        BrokenEarlier<PoorQualityDataMustBeAddressedRule>(project, 3);
        project.StopUsingDataset(poor, "Too many gaps; the team will not use it.", Manager, Start);
        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void ApprovalMustMatchRule_BusinessCaseChangedInDesign_LapsesAndHoldsEveryLaterGate()
    {
        var project = AdvancedTo(5).CompleteCurrentStage();

        project.SaveBusinessCase(Case with { DesirableOutcomes = "A different outcome" }, Manager, Start);

        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.BusinessCase));
        RefusesToAdvance<ApprovalMustMatchRule>(project, 4);
    }

    [Fact]
    public void OversightGroupMustHaveMembersRule_LastMemberRemovedInDevelopment_HoldsTheNextGate()
    {
        var project = AdvancedTo(6).CompleteCurrentStage();

        project.RemoveOversightMember(project.OversightMembers.Single().Id, Manager, Start);

        BrokenEarlier<OversightGroupMustHaveMembersRule>(project, 4);
        RefusesToAdvance<OversightGroupMustHaveMembersRule>(project, 4);
    }

    [Fact]
    public void AccuracyThresholdsMustBeSetRule_SwitchedToPredictiveAfterDesign_NeedsThresholdsAndNewApprovals()
    {
        var project = AdvancedTo(8).CompleteCurrentStage();
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.GoLive));

        project.RecordMaturityAssessment(Scores(5), Manager, Start);
        var noReason = Assert.Throws<BusinessRuleViolationException>(() => project.ChooseSolution(AnalyticsType.Predictive, false, Manager, Start));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));
        project.ChooseSolution(AnalyticsType.Predictive, false, Manager, Start, "The board asked for a forecast of demand by family.");

        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.BusinessCase));
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
        BrokenEarlier<AccuracyThresholdsMustBeSetRule>(project, 5);
        RefusesToAdvance<ApprovalMustMatchRule>(project, 4);
    }

    [Fact]
    public void LiveToolMustNotNeedAttentionRule_AnEarlierRuleBreaksOnALiveTool_ContinueIsRefusedUntilASeniorLeaderDecides()
    {
        var project = AdvancedTo(9);
        Assert.False(project.NeedsAttention);

        var poor = project.AddDataset(AssessedDataset("School attendance") with { Quality = DataQuality.Poor }, Manager, Start);

        Assert.Equal("A dataset was added: School attendance.", Assert.Single(project.ScopeChanges).WhatChanged);
        Assert.True(project.NeedsAttention);
        Assert.Contains(project.BrokenStandingRules, r => r.Rule is PoorQualityDataMustBeAddressedRule);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(Review(ReviewOutcome.Continue), [], Manager, Start));
        Assert.Contains(refusal.BrokenRules, r => r is LiveToolMustNotNeedAttentionRule);

        var byManager = Assert.Throws<BusinessRuleViolationException>(() => project.DecideToKeepInUse("Needed by the front door team.", Manager, Start));
        Assert.Contains(byManager.BrokenRules, r => r is DeciderMustBeSeniorLeaderRule);
        Assert.Contains(byManager.BrokenRules, r => r is DeciderMustHaveTakenNoPartRule);
        Assert.Contains(Assert.Throws<BusinessRuleViolationException>(() => project.DecideToKeepInUse(" ", Leader, Start)).BrokenRules, r => r is ReasonMustBeGivenRule);

        project.DecideToKeepInUse("Front door team relies on it; data plan due in a month.", Leader, Start);
        Assert.NotNull(project.KeptInUseDespite);
        project.RecordMonitoringReview(Review(ReviewOutcome.Continue), [], Manager, Start);

        project.StopUsingDataset(poor, "Dropped until its gaps are filled.", Manager, Start);
        Assert.False(project.NeedsAttention);
        Assert.Throws<BusinessRuleViolationException>(() => project.DecideToKeepInUse("Nothing to decide.", Leader, Start));
    }

    [Fact]
    public void KeepInUseDecision_CoversOnlyWhatNoLongerHeldWhenItWasMade()
    {
        var project = AdvancedTo(9);
        project.AddDataset(AssessedDataset("School attendance") with { Quality = DataQuality.Poor }, Manager, Start);
        project.DecideToKeepInUse("Front door team relies on it.", Leader, Start);

        project.CompleteTriage(LowRiskTriage with { ActsWithoutProfessional = true }, Manager, Start);

        Assert.True(project.NeedsAttention);
        Assert.Null(project.KeptInUseDespite);
        Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(Review(ReviewOutcome.Continue), [], Manager, Start));
    }

    [Fact]
    public void EarlierGatesGate_NeverHoldsBackRetirement()
    {
        var project = AdvancedTo(9);
        project.AddDataset(AssessedDataset("School attendance") with { Quality = DataQuality.Poor }, Manager, Start);
        Assert.True(project.NeedsAttention);

        project.CompleteCurrentStage().AdvanceStage(Manager, Start);

        Assert.Equal(Project.RetirementStage, project.CurrentStage.Number);
    }

    [Fact]
    public void DeciderMustHaveTakenNoPartRule_ASeniorLeaderWhoIsAlsoADataPractitioner_CannotDecideAnySignOff()
    {
        var project = AdvancedTo(4);
        project.AssignRole(Leader.PersonId, Leader.Name, ProjectRole.DataPractitioner, Admin, Start);
        project.SaveBusinessCase(Case, Manager, Start);
        project.SubmitForSignOff(SignOffKind.BusinessCase, Manager, Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, Leader, Start));

        var rule = Assert.Single(refusal.BrokenRules);
        Assert.IsType<DeciderMustHaveTakenNoPartRule>(rule);
        Assert.Contains("data practitioner", rule.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void BreachMustNotContinueWithoutASeniorLeaderRule_ABreachingReviewConcludesContinueOnlyFromASeniorLeaderWithAReason()
    {
        var project = AdvancedTo(9, Predictive);
        Lifecycle.Domain.Testing.GroupCounts[] missing = [new("Boys", 5, 20, 10, 15), new("Girls", 5, 20, 10, 15)];

        var byManager = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(Review(ReviewOutcome.Continue), missing, Manager, Start));
        Assert.Contains(byManager.BrokenRules, r => r is BreachMustNotContinueWithoutASeniorLeaderRule);
        var noReason = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(Review(ReviewOutcome.Continue), missing, Leader, Start));
        Assert.Contains("say why the tool should continue", Assert.Single(noReason.BrokenRules).Refusal, StringComparison.Ordinal);

        project.RecordMonitoringReview(Review(ReviewOutcome.Continue) with { OutcomeReason = "Referrals would stop; retraining starts next week." }, missing, Leader, Start);
        Assert.True(project.HasThresholdBreach);
    }

    [Fact]
    public void BreachRiskMustStayOpenRule_TheTeamCannotCloseTheBreachRiskWhileTheLatestReviewStillMisses()
    {
        var project = AdvancedTo(9, Predictive);
        project.RecordMonitoringReview(Review(ReviewOutcome.Adapt), [new("Boys", 5, 20, 10, 15), new("Girls", 5, 20, 10, 15)], Manager, Start);
        var risk = Assert.Single(project.Risks);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.UpdateRisk(risk.Id, risk.Details with { Status = Lifecycle.Domain.Risks.RiskStatus.Closed }, Manager, Start));
        Assert.IsType<BreachRiskMustStayOpenRule>(Assert.Single(refusal.BrokenRules));

        project.RecordMonitoringReview(Review(ReviewOutcome.Continue), [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)], Manager, Start);
        project.UpdateRisk(risk.Id, risk.Details with { Status = Lifecycle.Domain.Risks.RiskStatus.Closed }, Manager, Start);
    }

    [Fact]
    public void ScopeChange_IsRaisedByTheApp_WhenALiveToolsAnalyticsTypeDatasetsOrTriageOutcomeChange()
    {
        var project = AdvancedTo(9);
        var dataset = project.Datasets.Single();

        project.UpdateDataset(dataset.Id, dataset.Details with { Quality = DataQuality.Adequate }, Manager, Start.AddHours(1));
        project.CompleteTriage(LowRiskTriage with { PredictsAboutIndividuals = true }, Manager, Start.AddHours(2));
        project.ChooseSolution(AnalyticsType.Diagnostic, false, Manager, Start.AddHours(3), "The team now explains causes rather than describing demand.");
        project.CompleteTriage(LowRiskTriage with { PredictsAboutIndividuals = true }, Manager, Start.AddHours(4));

        Assert.Equal(3, project.ScopeChanges.Count);
        Assert.All(project.ScopeChanges, change => Assert.StartsWith("Raised by Lifecycle", change.Why, StringComparison.Ordinal));
        Assert.Equal(["Data protection impact assessment (DPIA)", "the transparency record"], project.OutstandingScopeReviews);
    }

    [Fact]
    public void TriageChange_ALowerRiskInDevelop_TakesEffectOnlyWhenASeniorLeaderWhoDidNotRedoItApproves()
    {
        var project = AdvancedTo(5, ApplicabilityFacts.None with { IsHighRisk = true });
        Assert.True(project.IsHighRisk);

        project.CompleteTriage(LowRiskTriage, Manager, Start.AddHours(1));

        Assert.True(project.IsHighRisk);
        Assert.Equal(1, project.LatestTriage!.Number);
        Assert.Equal(2, project.ProposedTriage!.Number);
        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.TriageChange));

        var bySelf = Assert.Throws<BusinessRuleViolationException>(() => project.DecideSignOff(SignOffKind.TriageChange, Decision.Approved, null, Manager, Start.AddHours(2)));
        Assert.Contains(bySelf.BrokenRules, r => r is DeciderMustNotBeSubmitterRule);

        project.DecideSignOff(SignOffKind.TriageChange, Decision.Approved, "The tool no longer names families.", Leader, Start.AddHours(2));

        Assert.False(project.IsHighRisk);
        Assert.Equal(2, project.LatestTriage!.Number);
        Assert.Null(project.ProposedTriage);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.TriageChange));
    }

    [Fact]
    public void TriageChange_AHigherRiskOrARedLine_AppliesAtOnce()
    {
        var project = AdvancedTo(5);

        project.CompleteTriage(LowRiskTriage with { PredictsAboutIndividuals = true }, Manager, Start.AddHours(1));

        Assert.True(project.IsHighRisk);
        Assert.Null(project.ProposedTriage);
        Assert.Equal(ApprovalState.NotSubmitted, project.ApprovalStateOf(SignOffKind.TriageChange));
    }

    [Fact]
    public void TriageChange_ARejectedLowering_LeavesTheStricterTriageInForce()
    {
        var project = AdvancedTo(6, ApplicabilityFacts.None with { IsHighRisk = true });
        project.CompleteTriage(LowRiskTriage, Manager, Start.AddHours(1));

        project.DecideSignOff(SignOffKind.TriageChange, Decision.Rejected, "Nothing about the tool has changed.", Leader, Start.AddHours(2));

        Assert.True(project.IsHighRisk);
        Assert.Equal(2, project.ProposedTriage!.Number);
        Assert.Equal(ApprovalState.Rejected, project.ApprovalStateOf(SignOffKind.TriageChange));
    }

    [Fact]
    public void ScrutinyRelease_MaturityRescoredAfterStage3_KeepsTheIndependentScrutinyLowSkillRequired_UntilApproved()
    {
        var project = New();
        project.CompleteCurrentStage().AdvanceStage(Manager, Start);
        project.RecordMaturityAssessment(Scores(4).Select(s => s.Component == MaturityComponent.AnalyticalCapacity ? s with { Score = 2 } : s).ToList(), Manager, Start);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, Manager, Start);
        }

        project.AdvanceStage(Manager, Start);
        project.CompleteCurrentStage().AdvanceStage(Manager, Start);
        Assert.Contains("the council's in-house analytical skill is low", project.IndependentScrutinyReasons);

        project.RecordMaturityAssessment(Scores(4), Manager, Start.AddHours(1));

        Assert.Contains("the council's in-house analytical skill is low", project.IndependentScrutinyReasons);
        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.ScrutinyRelease));
        Assert.Contains(Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.ScrutinyRelease, Decision.Approved, null, Manager, Start.AddHours(2))).BrokenRules, r => r is DeciderMustNotBeSubmitterRule);

        project.DecideSignOff(SignOffKind.ScrutinyRelease, Decision.Approved, "A data scientist joined in March.", Leader, Start.AddHours(2));

        Assert.DoesNotContain("the council's in-house analytical skill is low", project.IndependentScrutinyReasons);
    }

    private static MonitoringReviewDetails Review(ReviewOutcome outcome) =>
        new(DateOnly.FromDateTime(Start), "No incidents.", "Inputs complete.", "Not needed.", "Users find it useful.", outcome, outcome == ReviewOutcome.Continue ? null : "Reason");
}
