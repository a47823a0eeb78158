using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.Capability;

/// <summary>Independent scrutiny required for low in-house skill is released, after a re-score, only with a senior leader's approval.</summary>
public sealed class ScrutinyDecisionModel(GetProject getProject, DecideSignOffHandler decide) : SignOffDecisionPageModel(getProject, decide)
{
    public override SignOffKind Kind => SignOffKind.ScrutinyRelease;

    public override string ContentPath => Links.Maturity(ProjectId);

    public override string Subject => "releasing the independent scrutiny required for low in-house skill";

    protected override string ApprovedMessage => "You have approved releasing the independent scrutiny. It is no longer required for low in-house skill.";
}
