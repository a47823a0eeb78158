using Lifecycle.Web.Exports.Pack;
using Microsoft.AspNetCore.Mvc;

namespace Lifecycle.Web.Pages.Projects.Pack;

/// <summary>The pack as a standalone printable page: the same HTML the PDF is printed from.</summary>
public sealed class PreviewModel(OversightPackExporter exporter) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var (_, html) = await exporter.HtmlAsync(ProjectId, CurrentUser.OrganisationId, CurrentUser.Name, HttpContext.RequestAborted);

        // The pack's styles are inline so the PDF needs no web server; allow exactly those styles.
        Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src '{html.StyleHash}'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        Response.Headers.CacheControl = "no-store";
        return Content(html.Html, "text/html; charset=utf-8");
    }
}
