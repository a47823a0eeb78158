using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.BusinessCase;

public sealed class DecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.BusinessCase;

    public override string ContentPath => Links.BusinessCase(ProjectId);

    public override string Subject => "the business case";

    protected override string ApprovedMessage => "You have approved the business case.";
}
