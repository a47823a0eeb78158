using Lifecycle.Application.Portfolio;
using Lifecycle.Domain.Common;
using Lifecycle.Web.Exports;
using Lifecycle.Web.Exports.Csv;

namespace Lifecycle.Web.Pages;

/// <summary>The portfolio list as the person sees it, with the same filters and order, every matching row (not one page), as a spreadsheet.</summary>
public sealed class PortfolioCsvModel(GetPortfolio portfolio, TimeProvider clock) : LifecyclePageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public PortfolioQuery Query { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var today = UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
        var rows = await portfolio.ForAsync(CurrentUser.OrganisationId, CurrentUser.PersonId, CurrentUser.IsOrganisationAdministrator, Query.ToFilter(), today, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = ExportFileName.For("projects", "portfolio", clock.GetUtcNow().UtcDateTime, "csv"),
        }.ToString();
        await PortfolioCsv.WriteAsync(Response.Body, rows, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
