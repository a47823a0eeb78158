using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Retirement;

public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.Retirement;

    public override string ContentPath => Links.Retirement(ProjectId);

    public override string Subject => "retiring the tool";

    protected override string ApprovedMessage => "You have approved retiring the tool. The project moves to stage 10 once everything in stage 9 is done.";
}
