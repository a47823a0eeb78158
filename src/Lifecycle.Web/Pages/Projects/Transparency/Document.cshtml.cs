using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Pages.Projects.Transparency;

[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class DocumentModel(TransparencyExporter exporter) : ProjectPageModel
{
    public TransparencyRecord Record { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Record = await exporter.RecordAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
}
