using Lifecycle.Application.Exports;
using Microsoft.AspNetCore.Components.Web;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>Builds a project's oversight pack as HTML, and prints it to PDF when a browser is available.</summary>
public sealed class OversightPackExporter(GetProjectRecord getRecord, HtmlRenderer htmlRenderer, IPdfRenderer pdfRenderer, TimeProvider clock)
{
    public PdfAvailability PdfAvailability => pdfRenderer.Availability;

    public async Task<(PackDocument Document, PackHtml Html)> HtmlAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken)
    {
        var record = await getRecord.ForAsync(projectId, organisationId, cancellationToken);
        var document = OversightPackBuilder.Build(record, generatedBy, clock.GetUtcNow().UtcDateTime);
        return (document, await PackHtml.RenderAsync(htmlRenderer, document));
    }

    /// <summary>The pack as a PDF; or, when no PDF can be made, the printable page with a notice saying why.</summary>
    public async Task<PackExport> ExportAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken)
    {
        var record = await getRecord.ForAsync(projectId, organisationId, cancellationToken);
        var document = OversightPackBuilder.Build(record, generatedBy, clock.GetUtcNow().UtcDateTime);
        try
        {
            // Printed twice: the first printing says where each section starts, for the contents page of the second.
            var unnumbered = await PackHtml.RenderAsync(htmlRenderer, document, contentsPages: new Dictionary<string, int>());
            var pages = PackPages.SectionStarts(await pdfRenderer.RenderAsync(unnumbered.Html, cancellationToken), document);
            var numbered = await PackHtml.RenderAsync(htmlRenderer, document, contentsPages: pages);
            return new PackExport(document, await pdfRenderer.RenderAsync(numbered.Html, cancellationToken), null);
        }
        catch (PdfRenderingException failure)
        {
            var notice = $"The PDF could not be made. {failure.Message} This is the same pack as a web page: print it, or save it as a PDF, from your browser.";
            return new PackExport(document, null, await PackHtml.RenderAsync(htmlRenderer, document, notice));
        }
    }
}
