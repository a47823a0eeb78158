namespace Lifecycle.Web.Pages.Projects;

[RequiresProjectOperation(ProjectOperation.EditDetails)]
public sealed class DetailsModel(GetProject getProject, ChangeProjectDetailsHandler change) : ProjectPageModel
{
    [BindProperty]
    public ProjectDetailsInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input = ProjectDetailsInput.From(Project.CurrentDetails);
        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => change.HandleAsync(new ChangeProjectDetails(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.Name, Input.Description, Input.IsPredictive, Input.InvolvesThirdParty, Input.IsHighRisk, Input.WorkBeganOn.Value), HttpContext.RequestAborted),
                "The project details have been saved.",
                Links.Overview(ProjectId));
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
