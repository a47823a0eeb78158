using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Projects;

/// <summary>Issue 11, item 6: a live tool's deployment plan cannot be blanked or quietly changed.</summary>
public sealed class LiveDeploymentPlanTests
{
    private static readonly DateTime Later = TestProjects.Start.AddDays(30);

    private static Project Live() => TestProjects.AdvancedTo(9, ApplicabilityFacts.None);

    [Fact]
    public void OnceLive_ThePlansRequiredPartsStayRequired()
    {
        var project = Live();

        var blanked = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordDeploymentPlan(TestProjects.Plan with { MonitoringOwner = " ", ReviewIntervalMonths = null }, TestProjects.Manager, Later));

        var rule = Assert.IsType<PartsMustBeFilledRule>(Assert.Single(blanked.BrokenRules));
        Assert.Contains("monitoring owner", rule.Message, StringComparison.Ordinal);
        Assert.Equal(TestProjects.Plan, project.DeploymentPlan);
        Assert.NotNull(project.NextReviewDue);
    }

    [Fact]
    public void ChangingTheIntervalOwnerOrEvaluationOfALiveTool_IsAProposal_UntilASeniorLeaderApprovesIt()
    {
        var project = Live();
        var due = project.NextReviewDue;
        var longer = TestProjects.Plan with { ReviewIntervalMonths = 12 };

        project.RecordDeploymentPlan(longer, TestProjects.Manager, Later);

        Assert.Equal(TestProjects.Plan, project.DeploymentPlan);
        Assert.Equal(longer, project.ProposedDeploymentPlan);
        Assert.Equal(due, project.NextReviewDue);
        Assert.True(project.PlanChangeAwaitsApproval);

        project.SubmitForSignOff(SignOffKind.PlanChange, TestProjects.Manager, Later);
        var ownApproval = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.PlanChange, Decision.Approved, null, TestProjects.Manager, Later));
        Assert.Contains(ownApproval.BrokenRules, r => r is DeciderMustBeSeniorLeaderRule);

        project.DecideSignOff(SignOffKind.PlanChange, Decision.Approved, null, TestProjects.Leader, Later);

        Assert.Equal(longer, project.DeploymentPlan);
        Assert.Null(project.ProposedDeploymentPlan);
        Assert.False(project.PlanChangeAwaitsApproval);
    }

    [Fact]
    public void ARejectedChange_LeavesThePlanInForce()
    {
        var project = Live();
        project.RecordDeploymentPlan(TestProjects.Plan with { MonitoringOwner = "Someone else" }, TestProjects.Manager, Later);
        project.SubmitForSignOff(SignOffKind.PlanChange, TestProjects.Manager, Later);

        project.DecideSignOff(SignOffKind.PlanChange, Decision.Rejected, "The owner must be a head of service.", TestProjects.Leader, Later);

        Assert.Equal("Head of performance", project.DeploymentPlan!.MonitoringOwner);
        Assert.Equal(ApprovalState.Rejected, project.ApprovalStateOf(SignOffKind.PlanChange));
    }

    [Fact]
    public void ChangingOnlyHowThePublicHears_AppliesAtOnce_AndPuttingThePlanBackWithdrawsAProposal()
    {
        var project = Live();
        project.RecordDeploymentPlan(TestProjects.Plan with { ReviewIntervalMonths = 6 }, TestProjects.Manager, Later);

        project.RecordDeploymentPlan(TestProjects.Plan with { PublicCommunication = "A page and a leaflet." }, TestProjects.Manager, Later);

        Assert.Equal("A page and a leaflet.", project.DeploymentPlan!.PublicCommunication);
        Assert.Null(project.ProposedDeploymentPlan);
        Assert.Contains(project.PendingChanges, c => c.Kind == "DeploymentPlanChangeWithdrawn");
    }

    [Fact]
    public void BeforeGoLive_ThePlanCanBeSavedInParts_AndChangesApplyDirectly()
    {
        var project = TestProjects.AdvancedTo(8, ApplicabilityFacts.None);

        project.RecordDeploymentPlan(new DeploymentPlan("Head of performance", null, null, null, null, false, null), TestProjects.Manager, Later);

        Assert.Equal("Head of performance", project.DeploymentPlan!.MonitoringOwner);
        Assert.Null(project.ProposedDeploymentPlan);
        Assert.False(project.CanSubmitForSignOff(SignOffKind.PlanChange));
    }
}
