using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Pages.Projects.BusinessCase;

/// <summary>The business case as it stands, where its sign-off stands, and every request and decision so far.</summary>
public sealed class IndexModel(GetProject getProject, SubmitForSignOffHandler submit) : ProjectPageModel
{

    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);

    [RequiresProjectOperation(ProjectOperation.WriteBusinessCase)]
    public async Task<IActionResult> OnPostSubmitAsync()
    {
        var outcome = await TryChangeAsync(
            () => submit.HandleAsync(new SubmitForSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, SignOffKind.BusinessCase), HttpContext.RequestAborted),
            "The business case has been sent to the project's senior leaders for sign-off.",
            Links.BusinessCase(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
