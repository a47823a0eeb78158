using Lifecycle.Web.Exports.Pack;

namespace Lifecycle.Web.Pages.Projects.Pack;

public sealed class IndexModel(GetProject getProject, OversightPackExporter exporter) : ProjectPageModel
{
    public string ProjectName { get; private set; } = string.Empty;

    public PdfAvailability Pdf => exporter.PdfAvailability;

    public async Task OnGetAsync()
    {
        ProjectName = (await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted)).Name;
    }
}
