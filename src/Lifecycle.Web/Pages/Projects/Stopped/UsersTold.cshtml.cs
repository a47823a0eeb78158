using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;

namespace Lifecycle.Web.Pages.Projects.Stopped;

/// <summary>A live tool that was stopped: record when and how its users and the people affected were told (a stage 10 duty).</summary>
[RequiresProjectOperation(ProjectOperation.ChangeStatus)]
public sealed class UsersToldModel(GetProject getProject, RecordUsersToldOfStopHandler handler) : RecordFormPageModel(getProject)
{
    [BindProperty]
    public UsersToldInput Input { get; set; } = new();

    protected override IActionResult? Prefill()
    {
        Input.ToldOn = DateInput.From(Project.UsersToldOfStopOn);
        Input.How = Project.UsersToldOfStopHow;
        return null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await ValidateAsync(Input);
        return await SaveAsync(
            () => handler.HandleAsync(new RecordUsersToldOfStop(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Input.ToldOn.Value!.Value, Input.How), HttpContext.RequestAborted),
            "When and how users were told has been saved.",
            Links.Overview(ProjectId),
            "Input.ToldOn");
    }
}
