using Lifecycle.Application.Portfolio;
using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Pages;

/// <summary>
/// The portfolio: the projects the person can see, 50 to a page, narrowed by phase, stage, status, review date, sign-offs waiting
/// for them and name; with what waits for their sign-off and which monitoring reviews of theirs are due.
/// </summary>
public sealed class IndexModel(KeptPortfolio portfolio, Application.Audit.GetTrailHealth trailHealth, TimeProvider clock) : LifecyclePageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public PortfolioQuery Query { get; set; } = new();

    public PortfolioPage Projects { get; private set; } = null!;

    /// <summary>Whether the person can see any project at all, filtered or not.</summary>
    public bool HasAnyProject { get; private set; }

    public IReadOnlyList<AwaitingSignOff> AwaitingMe { get; private set; } = [];

    /// <summary>The senior leader's view: live tools of theirs with a review overdue or due within 14 days, soonest first.</summary>
    public IReadOnlyList<PortfolioRow> ReviewsDue { get; private set; } = [];

    /// <summary>Audit trails of the person's projects that show signs of tampering.</summary>
    public Application.Audit.TrailHealth Trails { get; private set; } = null!;

    public DateOnly Today => UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync()
    {
        // Reviews are due only on live tools (stage 9) where the person is a senior leader, so the second query reads only those.
        // A value the address cannot hold (stage=abc) is ignored, not shown as an error: the list is narrowed only by what makes sense.
        ModelState.Clear();
        var (organisation, person, isAdministrator, cancel) = (CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, HttpContext.RequestAborted);
        Projects = await portfolio.PageAsync(organisation, person, isAdministrator, Query.ToFilter(), Today, Query.PageNumber, cancel);
        HasAnyProject = Projects.Matching > 0 || Query.IsFiltered;
        AwaitingMe = await portfolio.AwaitingAsync(organisation, person, cancel);
        Trails = await trailHealth.ForPortfolioAsync(organisation, person, isAdministrator, cancel);
        ReviewsDue = await portfolio.ForAsync(organisation, person, isAdministrator,
            new PortfolioFilter(Stage: Project.MonitoringStage, Review: ReviewFilter.DueOrOverdue, Sort: PortfolioSort.NextReview, MyRole: ProjectRole.SeniorLeader), Today, cancel);
    }
}
