using Lifecycle.Application.Portfolio;
using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Delivery;

namespace Lifecycle.Web.Pages;

/// <summary>The portfolio: every project the person can see, with where each stands, what waits for their sign-off, and which monitoring reviews are due.</summary>
public sealed class IndexModel(GetPortfolio portfolio, GetAwaitingSignOffs awaiting, TimeProvider clock) : LifecyclePageModel
{
    public IReadOnlyList<PortfolioRow> Projects { get; private set; } = [];

    public IReadOnlyList<AwaitingSignOff> AwaitingMe { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The senior leader's view: live tools of theirs with a review overdue or due within 14 days, soonest first.</summary>
    public IReadOnlyList<PortfolioRow> ReviewsDue => Projects
        .Where(p => p.MyRoles.Contains(ProjectRole.SeniorLeader) && p.NextReviewDue is { } due && MonitoringSchedule.TimingOf(due, Today) != ReviewTiming.NotYetDue)
        .OrderBy(p => p.NextReviewDue)
        .ToList();

    public async Task OnGetAsync()
    {
        Projects = await portfolio.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, HttpContext.RequestAborted);
        AwaitingMe = await awaiting.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, HttpContext.RequestAborted);
    }
}
