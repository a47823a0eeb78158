using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Access;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Team;

[RequiresProjectOperation(ProjectOperation.ManageTeam)]
public sealed class AddModel(GetProject getProject, IPeopleDirectory people, ChangeProjectRoleHandler changeRole) : ProjectPageModel
{
    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public ProjectRole? Role { get; set; }


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
        if (PersonId is null || People.All(p => p.Id != PersonId))
        {
            ModelState.AddModelError(nameof(PersonId), "Select a person from the list");
        }

        if (Role is null || !Enum.IsDefined(Role.Value))
        {
            ModelState.AddModelError(nameof(Role), "Select a role");
        }

        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => changeRole.HandleAsync(new ChangeProjectRole(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, PersonId!.Value, Role!.Value, Assign: true), HttpContext.RequestAborted),
                $"{People.First(p => p.Id == PersonId).DisplayName} is now {Role!.Value.DisplayName().ToLowerInvariant()} on this project.",
                ProjectPage("/Projects/Team/Index"),
                nameof(Role));
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
