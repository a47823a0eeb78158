using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;

namespace Lifecycle.Web.Pages.Projects.Oversight;

public sealed class OversightModel(GetProject getProject, ChangeOversightGroupHandler change) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);

    [RequiresProjectOperation(ProjectOperation.ManageGovernance)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid memberId, Guid version)
    {
        var outcome = await TryChangeAsync(
            () => change.HandleAsync(new RemoveOversightMember(ProjectId, CurrentUser.OrganisationId, version, CurrentUser.Actor, memberId), HttpContext.RequestAborted),
            "The member has been removed from the oversight group.",
            Links.Oversight(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
