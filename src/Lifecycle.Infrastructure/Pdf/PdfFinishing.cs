using UglyToad.PdfPig;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>What a printed PDF still needs to be a finished document: bookmark titles as the headings say them, and XMP metadata.</summary>
internal static class PdfFinishing
{
    public static byte[] Finish(byte[] pdf, string html)
    {
        using var document = PdfDocument.Open(pdf);
        var update = new PdfUpdate(document);
        OutlineTitles.Mend(document, html, update);
        XmpMetadata.Add(document, update);
        return update.IsEmpty ? pdf : update.AppendTo(pdf);
    }
}
