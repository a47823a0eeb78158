namespace Lifecycle.Web.Pages.Projects;

/// <summary>Putting a project on hold and stopping it: both ask for a reason and change its status.</summary>
[RequiresProjectOperation(ProjectOperation.ChangeStatus)]
public abstract class StatusChangePageModel(GetProject getProject, ChangeProjectStatusHandler changeStatus) : ProjectPageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    protected abstract StatusChange Change { get; }

    protected abstract string SuccessMessage { get; }

    public abstract string Heading { get; }

    public abstract string Explanation { get; }

    public abstract string Example { get; }

    public abstract string ButtonText { get; }

    public abstract bool IsWarning { get; }

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => changeStatus.HandleAsync(new ChangeProjectStatus(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Change, Input.Reason), HttpContext.RequestAborted),
                SuccessMessage,
                Links.Overview(ProjectId),
                "Input.Reason");
            if (outcome is not null)
            {
                return outcome;
            }
        }

        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        ShowLatestVersion(Project.Version);
        return Page();
    }
}
