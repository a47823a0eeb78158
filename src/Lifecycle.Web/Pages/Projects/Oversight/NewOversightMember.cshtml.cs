using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Pages.Projects.Oversight;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewOversightMemberModel(GetProject getProject, ChangeOversightGroupHandler change) : ProjectPageModel, Security.IAddsARecord
{
    [BindProperty]
    public OversightMemberInput Input { get; set; } = new();

    public async Task OnGetAsync() => Version = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => change.HandleAsync(new AddOversightMember(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.Name!, Input.MemberOrganisation, Input.Expertise, Input.ChosenStanding!.Value), HttpContext.RequestAborted),
                $"{Input.Name!.Trim()} has been added to the oversight group.",
                Links.Oversight(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        return Page();
    }
}
