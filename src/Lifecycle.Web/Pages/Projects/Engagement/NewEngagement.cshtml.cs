using Lifecycle.Application.Access;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewEngagementModel(GetProject getProject, RecordEngagementHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    [BindProperty]
    public string? Stakeholders { get; set; }

    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public string? WhatWeHeard { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.RequireDate(nameof(HeldOn), HeldOn, "the date of the engagement");
        ModelState.RequireText(nameof(Stakeholders), Stakeholders, "Enter who you engaged with", TextLimits.ShortText, "Who you engaged with");
        ModelState.RequireText(nameof(Method), Method, "Enter how you engaged with them", TextLimits.ShortText, "How you engaged");
        ModelState.RequireText(nameof(WhatWeHeard), WhatWeHeard, "Enter what you heard", TextLimits.LongText, "What you heard");
        return await SaveAsync(
            () => handler.HandleAsync(new RecordEngagement(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, HeldOn.Value!.Value, Stakeholders!, Method!, WhatWeHeard!), HttpContext.RequestAborted),
            "The engagement has been recorded.",
            ProjectPage("/Projects/Engagement/Index", null, "engagement"),
            nameof(HeldOn));
    }
}
