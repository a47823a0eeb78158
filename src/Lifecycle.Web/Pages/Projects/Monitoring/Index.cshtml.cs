using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Pages.Projects.Monitoring;

/// <summary>Stage 9: when the next review is due, every review with its judged results, scope changes, and changes to the plan.</summary>
[RequiresProjectOperation(ProjectOperation.Read)]
public sealed class IndexModel(GetProject getProject, SubmitForSignOffHandler submit, TimeProvider clock) : RecordFormPageModel(getProject)
{
    protected override ProjectParts Parts => ProjectViews.Monitoring;

    public DateOnly Today => UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    public ReviewTiming? Timing => Project.NextReviewDue is { } due ? MonitoringSchedule.TimingOf(due, Today) : null;

    [RequiresProjectOperation(ProjectOperation.AdvanceStage)]
    public Task<IActionResult> OnPostSubmitPlanChangeAsync() => SaveAsync(
        () => submit.HandleAsync(new SubmitForSignOff(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, SignOffKind.PlanChange), HttpContext.RequestAborted),
        "The change to the deployment plan has been sent to the project's senior leaders for approval.",
        Links.Monitoring(ProjectId),
        string.Empty);
}
