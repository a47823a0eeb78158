using Lifecycle.Application.Delivery;
using Lifecycle.Domain.Delivery.Transparency;
using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Pages.Projects.Transparency;

[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class IndexModel(TransparencyExporter exporter, ConfirmTransparencyRecordHandler handler) : ProjectPageModel
{
    public TransparencyRecord Record { get; private set; } = null!;

    public Project Project { get; private set; } = null!;

    public async Task OnGetAsync() =>
        (Project, Record) = await exporter.ProjectAndRecordAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);

    /// <summary>The team confirms the record is complete and ready to publish (stage 8, and again after a scope change).</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var outcome = await TryChangeAsync(
            () => handler.HandleAsync(new ConfirmTransparencyRecord(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor), HttpContext.RequestAborted),
            "You have confirmed the transparency record is complete.",
            ProjectPage("/Projects/Transparency/Index"));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
