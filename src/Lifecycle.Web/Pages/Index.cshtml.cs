using Lifecycle.Application.Portfolio;
using Lifecycle.Application.SignOffs;

namespace Lifecycle.Web.Pages;

/// <summary>The portfolio: every project the person can see, with where each stands, and what waits for their sign-off.</summary>
public sealed class IndexModel(GetPortfolio portfolio, GetAwaitingSignOffs awaiting) : LifecyclePageModel
{
    public IReadOnlyList<PortfolioRow> Projects { get; private set; } = [];

    public IReadOnlyList<AwaitingSignOff> AwaitingMe { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Projects = await portfolio.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, HttpContext.RequestAborted);
        AwaitingMe = await awaiting.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, HttpContext.RequestAborted);
    }
}
