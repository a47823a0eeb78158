namespace Lifecycle.Web.Pages.Projects.Engagement;

/// <summary>The feedback and challenges register, stakeholder engagement and training records.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject) : RecordFormPageModel(getProject)
{
    protected override ProjectParts Parts => ProjectViews.EngagementRegisters;

    public bool CanEdit => Can(ProjectOperation.ManageGovernance) && !Project.IsReadOnly;
}
