using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Thresholds;

/// <summary>A design that says the tool cannot be judged by group stands only with a senior leader's agreement.</summary>
public sealed class UngroupedDecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.UngroupedResults;

    public override string ContentPath => Links.Design(ProjectId);

    public override string Subject => "the reason the tool cannot be judged by group";

    protected override string ApprovedMessage => "You have agreed that the tool cannot be judged by group. Results with fewer than two groups can now pass the group check.";
}
