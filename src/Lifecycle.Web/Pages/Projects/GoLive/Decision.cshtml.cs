using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.GoLive;

public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.GoLive;

    public override string ContentPath => Links.GoLive(ProjectId);

    public override string Subject => "go-live";

    protected override string ApprovedMessage => "You have approved go-live. The project moves to stage 9 once everything in stage 8 is done.";
}
