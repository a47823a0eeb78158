using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Pages.Projects.Transparency;

[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class JsonModel(TransparencyExporter exporter) : ProjectPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var (fileName, json) = await exporter.JsonAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(json, "application/json", fileName);
    }
}
