
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int PreDeploymentStage = 8;

    /// <summary>The plan in force: the one go-live (or a later change) was approved on.</summary>
    public DeploymentPlan? DeploymentPlan { get; private set; }

    /// <summary>
    /// Once the tool is live, a change to its monitoring owner, review interval or evaluation plan waits
    /// here for a senior leader's approval; the plan in force, and the review dates it sets, stay until then.
    /// </summary>
    public DeploymentPlan? ProposedDeploymentPlan { get; private set; }

    /// <summary>The project has gone live (entered stage 9) at some point.</summary>
    public bool HasGoneLive => WentLiveOn is not null;

    /// <summary>
    /// Saves the pre-deployment plan; before go-live parts may be left for later (the stage 8 gate checks
    /// it is complete). After go-live every part stays required, and a change to what go-live approved
    /// becomes a proposal for a senior leader (Lifecycle's own rule: the approval follows the facts).
    /// </summary>
    public void RecordDeploymentPlan(DeploymentPlan plan, Actor actor, DateTime at)
    {
        var cleaned = plan.Cleaned();
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ReviewIntervalMustBeInRangeRule(cleaned.ReviewIntervalMonths),
            .. HasGoneLive ? [new PartsMustBeFilledRule("the deployment plan of a live tool", cleaned.Parts)] : Array.Empty<IBusinessRule>(),
        ]);

        if (HasGoneLive && DeploymentPlan is { } inForce && !inForce.ApprovedPartsMatch(cleaned))
        {
            ProposeDeploymentPlan(cleaned, actor, at);
            return;
        }

        if (ProposedDeploymentPlan is not null)
        {
            Record("DeploymentPlanChangeWithdrawn", "Deployment plan", Snapshot.Of(ProposedDeploymentPlan), null, actor, at);
            ProposedDeploymentPlan = null;
        }

        if (cleaned == DeploymentPlan)
        {
            return;
        }

        var before = DeploymentPlan is null ? null : Snapshot.Of(DeploymentPlan);
        DeploymentPlan = cleaned;
        Record("DeploymentPlanRecorded", "Deployment plan", before, Snapshot.Of(cleaned), actor, at);
    }

    private void ProposeDeploymentPlan(DeploymentPlan proposed, Actor actor, DateTime at)
    {
        if (proposed == ProposedDeploymentPlan)
        {
            return;
        }

        var before = ProposedDeploymentPlan ?? DeploymentPlan;
        ProposedDeploymentPlan = proposed;
        Record("DeploymentPlanChangeProposed", "Deployment plan", Snapshot.Of(before!), Snapshot.Of(proposed), actor, at);
    }

    private void ApplyProposedPlan(Actor actor, DateTime at)
    {
        var before = Snapshot.Of(DeploymentPlan!);
        DeploymentPlan = ProposedDeploymentPlan;
        ProposedDeploymentPlan = null;
        Record("DeploymentPlanChangeApplied", "Deployment plan", before, Snapshot.Of(DeploymentPlan!), actor, at);
    }

    /// <summary>The plan's approved parts changed after go-live and no senior leader has approved the change yet.</summary>
    public bool PlanChangeAwaitsApproval => ProposedDeploymentPlan is not null;
}
