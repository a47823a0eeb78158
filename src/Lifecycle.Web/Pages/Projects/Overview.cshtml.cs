using Lifecycle.Application.Audit;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Pages.Projects;

public sealed class OverviewModel(GetProject getProject, AtAGlanceSource glance, GetTrailHealth trailHealth, ChangeProjectStatusHandler changeStatus, TimeProvider clock)
    : ProjectPageModel
{
    public DateOnly Today => UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    public Project Project { get; private set; } = null!;

    public AtAGlance Glance { get; private set; } = null!;

    public TrailHealth Trail { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Project = await getProject.SharedCopyAsync(ProjectId, CurrentUser.OrganisationId, ProjectViews.Overview, HttpContext.RequestAborted);
        Glance = await glance.ForAsync(ProjectId, CurrentUser.OrganisationId, Project.Version, Today, HttpContext.RequestAborted);
        Trail = await trailHealth.ForProjectAsync(ProjectId, CurrentUser.OrganisationId, Project.Name, HttpContext.RequestAborted);
    }

    [RequiresProjectOperation(ProjectOperation.ChangeStatus)]
    public async Task<IActionResult> OnPostResumeAsync()
    {
        var outcome = await TryChangeAsync(
            () => changeStatus.HandleAsync(new ChangeProjectStatus(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, StatusChange.Resume, null), HttpContext.RequestAborted),
            "The project has been resumed.",
            Links.Overview(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
