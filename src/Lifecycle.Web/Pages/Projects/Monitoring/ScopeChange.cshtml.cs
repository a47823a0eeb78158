using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: the tool is to be used for something new, which sends the triage, assessments and transparency record back for review.</summary>
[RequiresProjectOperation(ProjectOperation.AdvanceStage)]
public sealed class ScopeChangeModel(GetProject getProject, RecordScopeChangeHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public ScopeChangeInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordScopeChange(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.WhatChanged!, Input.Why!), HttpContext.RequestAborted),
            "The change of scope has been recorded. Review the triage, impact assessments and transparency record before the next monitoring review.",
            Links.Monitoring(ProjectId),
            "Input.WhatChanged");
    }
}
