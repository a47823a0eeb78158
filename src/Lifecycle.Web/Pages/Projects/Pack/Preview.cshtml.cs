using Lifecycle.Web.Exports.Pack;

namespace Lifecycle.Web.Pages.Projects.Pack;

/// <summary>The pack as a standalone printable page: the same HTML the PDF is printed from.</summary>
public sealed class PreviewModel(OversightPackExporter exporter) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var (_, html) = await exporter.HtmlAsync(ProjectId, CurrentUser.OrganisationId, CurrentUser.Name, HttpContext.RequestAborted);
        return PrintablePack.Serve(Response, html);
    }
}
