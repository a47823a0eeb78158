using Lifecycle.Application.Abstractions;
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

    /// <exception cref="PdfRenderingException">No browser, or the conversion failed or timed out.</exception>
    public async Task<(PackDocument Document, byte[] Pdf)> PdfAsync(Guid projectId, Guid organisationId, string generatedBy, CancellationToken cancellationToken)
    {
        var (document, html) = await HtmlAsync(projectId, organisationId, generatedBy, cancellationToken);
        return (document, await pdfRenderer.RenderAsync(html.Html, cancellationToken));
    }
}
