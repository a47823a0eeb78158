using Lifecycle.Application.SignOffs;

namespace Lifecycle.Web.Pages.Projects.BusinessCase;

[RequiresProjectOperation(ProjectOperation.WriteBusinessCase)]
public sealed class EditModel(GetProject getProject, SaveBusinessCaseHandler save) : ProjectPageModel
{
    [BindProperty]
    public BusinessCaseInput Input { get; set; } = new();


    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Input = BusinessCaseInput.From(Project.BusinessCase?.Details);
        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await this.ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => save.HandleAsync(new SaveBusinessCase(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToDetails()), HttpContext.RequestAborted),
                "The business case has been saved.",
                Links.BusinessCase(ProjectId));
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
