namespace Lifecycle.Web.Pages.Projects.Team;

public sealed class IndexModel(GetProject getProject, IPeopleDirectory people, ChangeProjectRoleHandler changeRole) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public IReadOnlyList<(PersonSummary Person, IReadOnlyList<ProjectRole> Roles)> Members { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        var everyone = await people.ListAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Members = everyone
            .Select(p => (p, (IReadOnlyList<ProjectRole>)Project.Members.Where(m => m.PersonId == p.Id).Select(m => m.Role).Order().ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
    }

    [RequiresProjectOperation(ProjectOperation.ManageTeam)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid personId, ProjectRole role, Guid version)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(role) || personId == Guid.Empty)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Choose a person's role to remove from the list on this page");
            await OnGetAsync();
            return Page();
        }

        var outcome = await TryChangeAsync(
            () => changeRole.HandleAsync(new ChangeProjectRole(ProjectId, CurrentUser.OrganisationId, version, CurrentUser.Actor, personId, role, Assign: false), HttpContext.RequestAborted),
            $"The role {role.DisplayName()} has been removed.",
            Links.Team(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
