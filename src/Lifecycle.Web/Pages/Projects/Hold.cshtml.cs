namespace Lifecycle.Web.Pages.Projects;

public sealed class HoldModel(GetProject getProject, ChangeProjectStatusHandler changeStatus)
    : StatusChangePageModel(getProject, changeStatus)
{
    protected override StatusChange Change => StatusChange.PutOnHold;

    protected override string SuccessMessage => "The project is on hold.";

    public override string Heading => "Why is the project going on hold?";

    public override string Explanation => "While it is on hold the checklist can still be updated, but the project cannot move to the next stage.";

    public override string Example => "For example, waiting for a data sharing agreement or a funding decision.";

    public override string ButtonText => "Put on hold";

    public override bool IsWarning => false;
}
