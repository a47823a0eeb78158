using Lifecycle.Application.Development;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Transparency;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Pages.Projects.Transparency;

[RequiresProjectOperation(ProjectOperation.ExportTransparencyRecord)]
public sealed class IndexModel(TransparencyExporter exporter, ConfirmTransparencyRecordHandler handler, PublishTransparencyRecordHandler publish, Lifecycle.Application.Publication.PublicTools publicTools)
    : ProjectPageModel
{
    public TransparencyRecord Record { get; private set; } = null!;

    public Project Project { get; private set; } = null!;

    /// <summary>Where the published record can be read, without signing in.</summary>
    public string? PublicAddress { get; private set; }

    public async Task OnGetAsync()
    {
        (Project, Record) = await exporter.ProjectAndRecordAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        if (Project.PublicSlug is { } tool)
        {
            var organisation = await publicTools.OrganisationSlugAsync(CurrentUser.OrganisationId, HttpContext.RequestAborted);
            PublicAddress = Url.Page("/Published/Tool", pageHandler: null, values: new { organisation, tool }, protocol: Request.Scheme);
        }
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangePublicationAsync(publishing: true,
        "The transparency record is published. Anyone can now read it on its public page.");

    public Task<IActionResult> OnPostUnpublishAsync() => ChangePublicationAsync(publishing: false,
        "The public page has been taken down. Its address now answers \"page not found\".");

    private async Task<IActionResult> ChangePublicationAsync(bool publishing, string success)
    {
        var outcome = await TryChangeAsync(
            () => publish.HandleAsync(new PublishTransparencyRecord(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, publishing), HttpContext.RequestAborted),
            success,
            Links.Publication(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>The team confirms the record is complete and ready to publish (stage 8, and again after a scope change).</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var outcome = await TryChangeAsync(
            () => handler.HandleAsync(new ConfirmTransparencyRecord(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor), HttpContext.RequestAborted),
            "You have confirmed the transparency record is complete.",
            Links.Transparency(ProjectId));
        if (outcome is not null)
        {
            return outcome;
        }

        await OnGetAsync();
        return Page();
    }
}
