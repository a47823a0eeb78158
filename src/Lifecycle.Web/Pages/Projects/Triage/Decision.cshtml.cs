using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Triage;

/// <summary>A triage redone after stage 4 that lowers the risk or removes a red line takes effect only with a senior leader's approval.</summary>
public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.TriageChange;

    public override string ContentPath => Links.Triage(ProjectId);

    public override string Subject => "the redone ethics triage";

    protected override string ApprovedMessage => "You have approved the redone ethics triage. It is now the triage in force, and the safeguards follow its result.";
}
