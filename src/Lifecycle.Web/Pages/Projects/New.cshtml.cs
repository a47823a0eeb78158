namespace Lifecycle.Web.Pages.Projects;

/// <summary>Organisation administrators register a project and choose its project manager.</summary>
public sealed class NewModel(RegisterProjectHandler register, IPeopleDirectory people, IValidator<ProjectDetailsInput> validator) : LifecyclePageModel
{
    [BindProperty]
    public ProjectDetailsInput Input { get; set; } = new();

    [BindProperty]
    public Guid? ProjectManagerId { get; set; }

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ProjectManagerId = CurrentUser.PersonId;
        await LoadPeopleAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadPeopleAsync();
        var valid = await validator.ValidateIntoAsync(Input, ModelState, nameof(Input), HttpContext.RequestAborted);
        if (ProjectManagerId is null || People.All(p => p.Id != ProjectManagerId))
        {
            ModelState.AddModelError(nameof(ProjectManagerId), "Select the project manager from the list");
            valid = false;
        }

        if (!valid)
        {
            return Page();
        }

        var id = await register.HandleAsync(new RegisterProject(CurrentUser.OrganisationId, Input.Name, Input.Description,
            Input.IsPredictive, Input.InvolvesThirdParty, Input.IsHighRisk, ProjectManagerId!.Value, CurrentUser.Actor), HttpContext.RequestAborted);
        return RedirectToPage("/Projects/Overview", new { projectId = id });
    }

    private async Task LoadPeopleAsync() => People = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
