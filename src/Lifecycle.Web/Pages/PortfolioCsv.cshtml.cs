using Lifecycle.Application.Portfolio;
using Lifecycle.Web.Exports;
using Lifecycle.Web.Exports.Csv;

namespace Lifecycle.Web.Pages;

/// <summary>The portfolio list as the person sees it, as a spreadsheet.</summary>
public sealed class PortfolioCsvModel(GetPortfolio portfolio, TimeProvider clock) : LifecyclePageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var rows = await portfolio.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(PortfolioCsv.Write(rows), "text/csv; charset=utf-8", ExportFileName.For("projects", "portfolio", clock.GetUtcNow().UtcDateTime, "csv"));
    }
}
