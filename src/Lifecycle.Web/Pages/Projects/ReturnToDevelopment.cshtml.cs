namespace Lifecycle.Web.Pages.Projects;

/// <summary>Stage 7: the results are not good enough, so a project manager sends the project back to Development.</summary>
[RequiresProjectOperation(ProjectOperation.AdvanceStage)]
public sealed class ReturnToDevelopmentModel(GetProject getProject, ChangeProjectStatusHandler changeStatus)
    : StatusChangePageModel(getProject, changeStatus)
{
    protected override StatusChange Change => StatusChange.ReturnToDevelopment;

    protected override string SuccessMessage => "The project is back in Stage 6: Development. Every test run and record has been kept.";

    public override string Heading => "Why is the project going back to Development?";

    public override string Explanation => "Testing (stage 7) showed the tool is not ready. The project returns to stage 6 so the team can improve it; every test run, validation and record stays, and the tool is tested again afterwards.";

    public override string Example => "For example, recall for care-experienced children was below the threshold in the beta test.";

    public override string ButtonText => "Return to Development";

    public override bool IsWarning => false;
}
