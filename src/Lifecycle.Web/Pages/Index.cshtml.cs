using Lifecycle.Application.Portfolio;

namespace Lifecycle.Web.Pages;

/// <summary>The portfolio: every project the person can see, with where each stands.</summary>
public sealed class IndexModel(GetPortfolio portfolio) : LifecyclePageModel
{
    public IReadOnlyList<PortfolioRow> Projects { get; private set; } = [];

    public async Task OnGetAsync() =>
        Projects = await portfolio.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, HttpContext.RequestAborted);
}
