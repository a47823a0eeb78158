namespace Lifecycle.Web.Pages.Projects;

/// <summary>Organisation administrators register a project and choose its project manager.</summary>
public sealed class NewModel(RegisterProjectHandler register, IPeopleDirectory people) : LifecyclePageModel, Security.IAddsARecord
{
    [BindProperty]
    public ProjectDetailsInput Input { get; set; } = new();

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.ProjectManagerId = CurrentUser.PersonId;
        await LoadPeopleAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadPeopleAsync();
        Input.ChoosableManagers = People.Select(p => p.Id).ToList();
        if (!await this.ValidateAsync(Input))
        {
            return Page();
        }

        try
        {
            var id = await register.HandleAsync(new RegisterProject(CurrentUser.OrganisationId, Input.Name, Input.Description,
                Input.IsPredictive, Input.InvolvesThirdParty, Input.IsHighRisk, Input.ProjectManagerId!.Value, CurrentUser.Actor, Input.WorkBeganOn.Value), HttpContext.RequestAborted);
            return RedirectToPage("/Projects/Overview", new { projectId = id });
        }
        catch (BusinessRuleViolationException refused)
        {
            // The only rule registering can break is a start of work dated in the future.
            ModelState.AddModelError("Input.WorkBeganOn", refused.BrokenRules[0].Refusal);
            return Page();
        }
    }

    private async Task LoadPeopleAsync() => People = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
