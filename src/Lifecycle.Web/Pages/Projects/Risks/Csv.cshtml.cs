using Lifecycle.Domain.Common;
using Lifecycle.Web.Display;
using Lifecycle.Web.Exports;
using Lifecycle.Web.Exports.Csv;

namespace Lifecycle.Web.Pages.Projects.Risks;

public sealed class CsvModel(GetProject getProject, TimeProvider clock) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        Response.Headers.CacheControl = "no-store";
        return File(RiskLogCsv.Write(project, UkCalendar.DateOf(now)), "text/csv; charset=utf-8",
            ExportFileName.For("risk-log", project.Name, now, "csv"));
    }
}
