namespace Lifecycle.Web.Pages.Projects;

public sealed class StopModel(GetProject getProject, ChangeProjectStatusHandler changeStatus)
    : StatusChangePageModel(getProject, changeStatus)
{
    protected override StatusChange Change => StatusChange.Stop;

    protected override string SuccessMessage => "The project has been stopped. It can still be read and exported.";

    public override string Heading => "Why is the project being stopped?";

    public override string Explanation => "Stopping records a decision not to go ahead. It cannot be undone: the project stays readable and exportable, but nothing in it can be changed.";

    public override string Example => "For example, the ethics triage showed the risks outweigh the benefits.";

    public override string ButtonText => "Stop project";

    public override bool IsWarning => true;
}
