using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Thresholds;

/// <summary>Thresholds loosened after a failing result stand only with a senior leader's approval.</summary>
public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.ThresholdChange;

    public override string ContentPath => Links.Design(ProjectId);

    public override string Subject => "the changed accuracy thresholds";

    protected override string ApprovedMessage => "You have approved the changed accuracy thresholds. Testing can end once every other condition is met.";
}
