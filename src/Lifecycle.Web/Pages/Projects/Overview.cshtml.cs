using Lifecycle.Application.Abstractions;
using Lifecycle.Application.Access;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Forms;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects;

public sealed class OverviewModel(GetProject getProject, ChangeProjectStatusHandler changeStatus) : ProjectPageModel
{
    public Project Project { get; private set; } = null!;

    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync() => Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);

    [RequiresProjectOperation(ProjectOperation.ChangeStatus)]
    public async Task<IActionResult> OnPostResumeAsync()
    {
        try
        {
            await changeStatus.HandleAsync(new ChangeProjectStatus(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, StatusChange.Resume, null), HttpContext.RequestAborted);
            TempData["Success"] = "The project has been resumed.";
            return Redirect($"/projects/{ProjectId}");
        }
        catch (BusinessRuleViolationException violation)
        {
            ModelState.AddRuleViolations(violation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, ConcurrencyMessage.Text);
        }

        await OnGetAsync();
        return Page();
    }
}
