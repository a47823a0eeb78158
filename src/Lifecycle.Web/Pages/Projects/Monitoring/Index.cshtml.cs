using Lifecycle.Application.Access;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Delivery;
using Lifecycle.Web.Security;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: when the next review is due, every review with its judged results, and scope changes.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, TimeProvider clock) : RecordFormPageModel(getProject)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public ReviewTiming? Timing => Project.NextReviewDue is { } due ? MonitoringSchedule.TimingOf(due, Today) : null;
}
