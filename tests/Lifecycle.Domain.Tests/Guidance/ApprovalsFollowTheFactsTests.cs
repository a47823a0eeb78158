using Lifecycle.Domain.Capability;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 10, parts 2 and 3: external validation's conclusion, and approvals bound to the facts they rest on.</summary>
public sealed class ApprovalsFollowTheFactsTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(60);

    private static ExternalValidationDetails Validation(ValidationVerdict verdict, params string[] conditions) =>
        new("Dr Lee", "University of the North", new DateOnly(2025, 6, 1), verdict, "Read the method and the results.", conditions);

    [Fact]
    public void ValidationMustSupportGoingLive_ADoesNotSupportConclusion_BlocksLeavingTesting_UntilALaterOneDoes()
    {
        var project = TestProjects.AdvancedTo(7, Predictive).CompleteCurrentStage();
        project.RecordExternalValidation(Validation(ValidationVerdict.DoesNotSupport), TestProjects.Manager, Later);

        var rule = Assert.Single(project.EvaluateGate().BrokenRules);
        Assert.IsType<ValidationMustSupportGoingLiveRule>(rule);
        Assert.Contains("test again and record a new validation", rule.Message);

        project.RecordExternalValidation(Validation(ValidationVerdict.SupportsGoingLive) with { ValidatedOn = new DateOnly(2025, 7, 1) }, TestProjects.Manager, Later);
        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void ConditionsMustMatchVerdict_ConditionsAreListedOnlyWithASupportWithConditionsConclusion()
    {
        var project = TestProjects.AdvancedTo(7);

        var none = Assert.Throws<BusinessRuleViolationException>(() => project.RecordExternalValidation(Validation(ValidationVerdict.SupportsWithConditions, " "), TestProjects.Manager, Later));
        var stray = Assert.Throws<BusinessRuleViolationException>(() => project.RecordExternalValidation(Validation(ValidationVerdict.SupportsGoingLive, "Retrain monthly"), TestProjects.Manager, Later));

        Assert.IsType<ConditionsMustMatchVerdictRule>(Assert.Single(none.BrokenRules));
        Assert.IsType<ConditionsMustMatchVerdictRule>(Assert.Single(stray.BrokenRules));
        Assert.Empty(project.ExternalValidations);
    }

    [Fact]
    public void ValidationConditionsMustBeMet_EachConditionBeforeLeavingPreDeployment()
    {
        var project = TestProjects.AdvancedTo(7, Predictive).CompleteCurrentStage();
        project.RecordExternalValidation(Validation(ValidationVerdict.SupportsWithConditions, "Show the forecast range to users", "Re-test after the census update"), TestProjects.Manager, Later);
        project.AdvanceStage(TestProjects.Manager, Later);
        project.CompleteCurrentStage();

        var rule = Assert.IsType<ValidationConditionsMustBeMetRule>(Assert.Single(project.EvaluateGate().BrokenRules, r => r is not ApprovalMustMatchRule));
        Assert.Equal([1, 2], rule.Open);

        var noHow = Assert.Throws<BusinessRuleViolationException>(() => project.MarkValidationConditionMet(1, " ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noHow.BrokenRules));
        project.MarkValidationConditionMet(1, "Range shown on every forecast since release 1.4.", TestProjects.Manager, Later);
        project.MarkValidationConditionMet(2, "Re-tested in June; every threshold met.", TestProjects.Manager, Later);
        var twice = Assert.Throws<BusinessRuleViolationException>(() => project.MarkValidationConditionMet(2, "Again", TestProjects.Manager, Later));
        Assert.IsType<ConditionMustBeOpenRule>(Assert.Single(twice.BrokenRules));

        // Meeting the conditions changed what go-live rests on, so it is approved again with them met.
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
        project.SubmitForSignOff(SignOffKind.GoLive, TestProjects.Manager, Later);
        project.DecideSignOff(SignOffKind.GoLive, Decision.Approved, null, TestProjects.Leader, Later);
        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void BusinessCaseApproval_Lapses_WhenTheAnalyticsTypeOrTheTriageOutcomeChanges()
    {
        var project = TestProjects.AdvancedTo(4).CompleteCurrentStage();
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.BusinessCase));

        project.CompleteTriage(TestProjects.LowRiskTriage with { PredictsAboutIndividuals = true }, TestProjects.Manager, Later);
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.BusinessCase));
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is ApprovalMustMatchRule);

        var other = TestProjects.AdvancedTo(4).CompleteCurrentStage();
        other.ChooseSolution(AnalyticsType.Diagnostic, other.InvolvesThirdParty, TestProjects.Manager, Later, "The board wants to know why demand rose, not only how much.");
        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, other.ApprovalStateOf(SignOffKind.BusinessCase));
    }

    [Fact]
    public void ApprovalMustMatch_ABusinessCaseApprovedBeforeTheLatestTriage_DoesNotOpenTheGate_EvenWithTheSameResult()
    {
        var project = TestProjects.AdvancedTo(4).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);

        project.CompleteTriage(TestProjects.LowRiskTriage, TestProjects.Manager, Later);

        var rule = Assert.IsType<ApprovalMustMatchRule>(Assert.Single(project.EvaluateGate().BrokenRules));
        Assert.Contains("latest ethics triage", rule.Message);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, Later);
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, Later);
        Assert.True(project.EvaluateGate().IsOpen);
    }

    [Fact]
    public void GoLiveApproval_Lapses_WhenAFactItRestsOnChanges()
    {
        var project = TestProjects.AdvancedTo(8, Predictive).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);
        var labels = project.ApprovalBasis(SignOffKind.GoLive).Select(f => f.Label).ToList();
        Assert.Equal(
            ["Monitoring owner and review interval", "Accuracy thresholds", "Latest test run", "External validation", "Open risks rated high or very high",
             "Triage risk level", "Red lines in the triage", "Impact assessments", "Transparency record", "Transparency record: the team's own text",
             "Type of analytics", "Public communication plan", "Oversight group", "Open challenges", "Datasets and their quality", "Withdrawn test runs and reviews"], labels);

        project.AddRisk(new RiskDetails("Scores drift as referral patterns change", null, "Model", 4, 4, "Head of performance", null, RiskStatus.Open, null), TestProjects.Manager, Later);

        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is ApprovalMustMatchRule);
    }

    [Theory]
    [InlineData("impact assessment")]
    [InlineData("transparency")]
    [InlineData("triage")]
    public void GoLiveApproval_Lapses_WhenAnAssessmentTheTriageOrTheTransparencyRecordChanges(string change)
    {
        var project = TestProjects.AdvancedTo(8, Predictive).CompleteCurrentStage();
        switch (change)
        {
            case "impact assessment":
                var dpia = project.StandardAssessment(ImpactAssessmentKind.DataProtection)!;
                project.SaveImpactAssessment(dpia.Id, ImpactAssessmentKind.DataProtection, dpia.Details with { Status = ImpactAssessmentStatus.InProgress, CompletedOn = null }, TestProjects.Manager, Later);
                break;
            case "transparency":
                project.ConfirmCompleteTransparencyRecord(Later);
                break;
            default:
                project.CompleteTriage(TestProjects.LowRiskTriage with { PredictsAboutIndividuals = true }, TestProjects.Manager, Later);
                break;
        }

        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.GoLive));
    }
}
