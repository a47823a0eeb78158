using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Risks;

namespace Lifecycle.Web.Pages.Projects.Oversight;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewOversightMeetingModel(GetProject getProject, ChangeOversightGroupHandler change) : ProjectPageModel, Security.IAddsARecord
{
    [BindProperty]
    public OversightMeetingInput Input { get; set; } = new();

    public async Task OnGetAsync() => Version = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => change.HandleAsync(new RecordOversightMeeting(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.HeldOn.Value!.Value, Input.Attendees!, Input.Decisions!), HttpContext.RequestAborted),
                "The meeting has been recorded.",
                Links.Oversight(ProjectId));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        return Page();
    }
}
