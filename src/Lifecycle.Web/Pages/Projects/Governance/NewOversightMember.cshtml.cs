using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Access;
using Lifecycle.Application.Governance;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Governance;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Governance;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewOversightMemberModel(GetProject getProject, ChangeOversightGroupHandler change) : ProjectPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? MemberOrganisation { get; set; }

    [BindProperty]
    public string? Expertise { get; set; }

    [BindProperty]
    public string? Standing { get; set; }


    public async Task OnGetAsync() => Version = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the member's name");
        }
        else if (Name.Length > TextLimits.Name)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {TextLimits.Name} characters or fewer");
        }

        if (MemberOrganisation?.Length > TextLimits.Name)
        {
            ModelState.AddModelError(nameof(MemberOrganisation), $"Organisation must be {TextLimits.Name} characters or fewer");
        }

        if (Expertise?.Length > TextLimits.ShortText)
        {
            ModelState.AddModelError(nameof(Expertise), $"Expertise must be {TextLimits.ShortText} characters or fewer");
        }

        if (!Enum.TryParse<Independence>(Standing, out var independence) || !Enum.IsDefined(independence))
        {
            ModelState.AddModelError(nameof(Standing), "Select whether the member is internal, external or independent");
        }

        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => change.HandleAsync(new AddOversightMember(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Name!, MemberOrganisation, Expertise, independence), HttpContext.RequestAborted),
                $"{Name!.Trim()} has been added to the oversight group.",
                ProjectPage("/Projects/Governance/Oversight"));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        return Page();
    }
}
