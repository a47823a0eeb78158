using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: a senior leader decides whether a tool that needs attention stays in use while it is put right.</summary>
[RequiresProjectOperation(ProjectOperation.DecideSignOff)]
public sealed class KeepInUseModel(GetProject getProject, DecideToKeepInUseHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    protected override ProjectParts Parts => ProjectViews.Monitoring;

    public async Task<IActionResult> OnPostAsync()
    {
        Input.WhenMissing = "Enter why the tool should stay in use while this is put right";
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new DecideToKeepInUse(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.Reason), HttpContext.RequestAborted),
            "Your decision has been recorded. The tool stays in use while what no longer holds is put right.",
            Links.Monitoring(ProjectId),
            "Input.Reason");
    }
}
