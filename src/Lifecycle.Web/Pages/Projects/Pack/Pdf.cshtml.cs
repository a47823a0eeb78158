using Lifecycle.Application.Abstractions;
using Lifecycle.Web.Exports;
using Lifecycle.Web.Exports.Pack;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Pack;

public sealed class PdfModel(OversightPackExporter exporter, TimeProvider clock) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            var (document, pdf) = await exporter.PdfAsync(ProjectId, CurrentUser.OrganisationId, CurrentUser.Name, HttpContext.RequestAborted);
            Response.Headers.CacheControl = "no-store";
            return File(pdf, "application/pdf", ExportFileName.For("oversight-pack", document.Cover.ProjectName, clock.GetUtcNow().UtcDateTime, "pdf"));
        }
        catch (PdfRenderingException failure)
        {
            TempData["PackFailure"] = failure.Message;
            return Redirect($"/projects/{ProjectId}/pack");
        }
    }
}
