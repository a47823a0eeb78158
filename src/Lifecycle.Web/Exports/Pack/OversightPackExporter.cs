using Lifecycle.Application.Caching;
using Lifecycle.Application.Exports;
using Microsoft.AspNetCore.Components.Web;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>Builds a project's oversight pack as HTML, and prints it to PDF when a browser is available.</summary>
public sealed class OversightPackExporter(GetProjectRecord getRecord, HtmlRenderer htmlRenderer, IPdfRenderer pdfRenderer, TimeProvider clock, KeptAnswers kept)
{
    public PdfAvailability PdfAvailability => pdfRenderer.Availability;

    public async Task<(PackDocument Document, PackHtml Html)> HtmlAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(projectId, organisationId, generatedBy, cancellationToken);
        return (document, await PackHtml.RenderAsync(htmlRenderer, document));
    }

    /// <summary>The pack as a PDF; or, when no PDF can be made, the printable page with a notice saying why.</summary>
    public async Task<PackExport> ExportAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(projectId, organisationId, generatedBy, cancellationToken);
        try
        {
            var pages = await ContentsPagesAsync(document, organisationId, cancellationToken);
            var numbered = await PackHtml.RenderAsync(htmlRenderer, document, contentsPages: pages);
            return new PackExport(document, await pdfRenderer.RenderAsync(numbered.Html, cancellationToken), null);
        }
        catch (PdfRenderingException failure)
        {
            var notice = $"The PDF could not be made. {failure.Message} This is the same pack as a web page: print it, or save it as a PDF, from your browser.";
            return new PackExport(document, null, await PackHtml.RenderAsync(htmlRenderer, document, notice));
        }
    }

    private async Task<PackDocument> DocumentAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken) =>
        OversightPackBuilder.Build(await getRecord.ForAsync(projectId, organisationId, cancellationToken), generatedBy, clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Where each section starts, from a draft laid out with the same space kept for the numbers. The layout follows the
    /// records alone (who printed it, when and under which marking show only on the cover and in the margins), so the
    /// answer is kept under the pack's content fingerprint: the same records printed again are laid out once.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, int>> ContentsPagesAsync(PackDocument document, Guid organisationId, CancellationToken cancellationToken)
    {
        return await kept.GetOrMakeAsync(KeptKeys.PackPages(organisationId, document.Cover.Fingerprint), async () =>
        {
            var unnumbered = await PackHtml.RenderAsync(htmlRenderer, document, contentsPages: new Dictionary<string, int>());
            return PackPages.SectionStarts(await pdfRenderer.PageTextsAsync(unnumbered.Html, cancellationToken), document);
        });
    }
}
