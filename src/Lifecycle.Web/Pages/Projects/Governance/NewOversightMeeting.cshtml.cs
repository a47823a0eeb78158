using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Access;
using Lifecycle.Application.Governance;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Governance;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewOversightMeetingModel(GetProject getProject, ChangeOversightGroupHandler change) : ProjectPageModel
{
    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? Decisions { get; set; }


    public async Task OnGetAsync() => Version = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Version;

    public async Task<IActionResult> OnPostAsync()
    {
        if (HeldOn.IsEmpty)
        {
            ModelState.AddModelError(nameof(HeldOn), "Enter the date of the meeting");
        }
        else if (HeldOn.Value is null)
        {
            ModelState.AddModelError(nameof(HeldOn), "Date of the meeting must be a real date, like 27 3 2026");
        }

        ModelState.RequireText(nameof(Attendees), Attendees, "Enter who attended", TextLimits.ShortText, "Attendees");
        ModelState.RequireText(nameof(Decisions), Decisions, "Enter what the meeting decided", TextLimits.LongText, "Decisions");

        if (ModelState.IsValid)
        {
            var outcome = await TryChangeAsync(
                () => change.HandleAsync(new RecordOversightMeeting(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, HeldOn.Value!.Value, Attendees!, Decisions!), HttpContext.RequestAborted),
                "The meeting has been recorded.",
                ProjectPage("/Projects/Governance/Oversight"));
            if (outcome is not null)
            {
                return outcome;
            }
        }

        return Page();
    }
}
