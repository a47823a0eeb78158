using Lifecycle.Application.Engagement;
using Lifecycle.Web.Links;

namespace Lifecycle.Web.Pages.Projects.Engagement;

[RequiresProjectOperation(ProjectOperation.ManageGovernance)]
public sealed class NewEngagementModel(GetProject getProject, RecordEngagementHandler handler) : RecordFormPageModel(getProject), Security.IAddsARecord
{
    [BindProperty]
    public EngagementInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordEngagement(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.HeldOn.Value!.Value, Input.Stakeholders!, Input.Method!, Input.WhatWeHeard!), HttpContext.RequestAborted),
            "The engagement has been recorded.",
            Links.Engagement(ProjectId, EngagementPart.Records),
            "Input.HeldOn");
    }
}
