using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.GoLive;

/// <summary>Stage 8: the go-live decision, what it covers, and submitting it to a senior leader.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, SubmitForSignOffHandler submit) : RecordFormPageModel(getProject)
{
    [RequiresProjectOperation(ProjectOperation.AdvanceStage)]
    public Task<IActionResult> OnPostSubmitAsync() => SaveAsync(
        () => submit.HandleAsync(new SubmitForSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, SignOffKind.GoLive), HttpContext.RequestAborted),
        "Go-live has been sent to the project's senior leaders for sign-off.",
        Links.GoLive(ProjectId),
        string.Empty);
}
