namespace Lifecycle.Web.Pages.Projects.Team;

[RequiresProjectOperation(ProjectOperation.ManageTeam)]
public sealed class AddModel(GetProject getProject, IPeopleDirectory people, ChangeProjectRoleHandler changeRole) : ProjectPageModel, Security.IAddsARecord
{
    [BindProperty]
    public TeamMemberInput Input { get; set; } = new();

    public Project Project { get; private set; } = null!;

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Project.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Input.Choosable = People.Select(p => p.Id).ToList();
        if (await ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => changeRole.HandleAsync(new ChangeProjectRole(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.PersonId!.Value, Input.Role!.Value, Assign: true), HttpContext.RequestAborted),
                $"{People.First(p => p.Id == Input.PersonId).DisplayName} is now {Input.Role!.Value.DisplayName().ToLowerInvariant()} on this project.",
                Links.Team(ProjectId),
                "Input.Role");
            if (outcome is not null)
            {
                return outcome;
            }
        }

        ShowLatestVersion(Project.Version);
        return Page();
    }

    private async Task LoadAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        People = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
    }
}
