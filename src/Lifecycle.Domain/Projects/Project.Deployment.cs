using Lifecycle.Domain.Common;
using Lifecycle.Domain.Delivery;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int PreDeploymentStage = 8;

    public DeploymentPlan? DeploymentPlan { get; private set; }

    /// <summary>Saves the pre-deployment plan; parts may be left for later, and the stage 8 gate checks it is complete.</summary>
    public void RecordDeploymentPlan(DeploymentPlan plan, Actor actor, DateTime at)
    {
        var cleaned = plan.Cleaned();
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ReviewIntervalMustBeInRangeRule(cleaned.ReviewIntervalMonths)]);
        if (cleaned == DeploymentPlan)
        {
            return;
        }

        var before = DeploymentPlan is null ? null : Snapshot.Of(DeploymentPlan);
        DeploymentPlan = cleaned;
        Record("DeploymentPlanRecorded", "Deployment plan", before, Snapshot.Of(cleaned), actor, at);
    }
}
