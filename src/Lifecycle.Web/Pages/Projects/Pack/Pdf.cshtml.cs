using Lifecycle.Web.Exports;
using Lifecycle.Web.Exports.Pack;

namespace Lifecycle.Web.Pages.Projects.Pack;

/// <summary>Downloads the pack as a PDF; when the PDF cannot be made (no browser, too busy, timed out) it answers with the printable page and says why.</summary>
public sealed class PdfModel(OversightPackExporter exporter, TimeProvider clock) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var export = await exporter.ExportAsync(ProjectId, CurrentUser.OrganisationId, CurrentUser.Name, HttpContext.RequestAborted);
        if (export.Pdf is not { } pdf)
        {
            return PrintablePack.Serve(Response, export.PrintableInstead!);
        }

        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", ExportFileName.For("oversight-pack", export.Document.Cover.ProjectName, clock.GetUtcNow().UtcDateTime, "pdf"));
    }
}
