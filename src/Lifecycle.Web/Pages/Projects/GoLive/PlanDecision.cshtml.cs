using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.GoLive;

/// <summary>Stage 9: a change to a live tool's monitoring owner, review interval or evaluation plan takes effect only with a senior leader's approval.</summary>
public sealed class PlanDecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.PlanChange;

    public override string ContentPath => Links.Monitoring(ProjectId);

    public override string Subject => "the change to the live tool's deployment plan";

    protected override string ApprovedMessage => "You have approved the change to the deployment plan. It is now the plan in force.";
}
