using System.Security;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>
/// Gives a PDF an XMP metadata stream with its title and language, where PDF/UA readers and archives look for them
/// (Chromium writes them only to the document information and the catalog).
/// </summary>
internal static class XmpMetadata
{
    /// <summary>The XMP packet header carries the byte order mark in its "begin" attribute.</summary>
    private const string ByteOrderMark = "\uFEFF";

    public static void Add(PdfDocument document, PdfUpdate update)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (catalog.ContainsKey(NameToken.Metadata))
        {
            return;
        }

        var language = catalog.Data.GetValueOrDefault(NameToken.Lang.Data) switch
        {
            StringToken text => text.Data,
            HexToken hex => hex.Data,
            _ => null,
        };
        var packet = Encoding.UTF8.GetBytes(Packet(document.Information.Title, language, document.Information.Producer));
        var metadata = update.AddStream("<< /Type /Metadata /Subtype /XML >>", packet);
        update.Replace(document.Structure.Trailer.Root, catalog.With(NameToken.Metadata, new IndirectReferenceToken(metadata)));
    }

    private static string Packet(string? title, string? language, string? producer) =>
        $"""
        <?xpacket begin="{ByteOrderMark}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
              <dc:format>application/pdf</dc:format>
        {(title is null ? string.Empty : $"      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{SecurityElement.Escape(title)}</rdf:li></rdf:Alt></dc:title>\n")}{(language is null ? string.Empty : $"      <dc:language><rdf:Bag><rdf:li>{SecurityElement.Escape(language)}</rdf:li></rdf:Bag></dc:language>\n")}{(producer is null ? string.Empty : $"      <pdf:Producer>{SecurityElement.Escape(producer)}</pdf:Producer>\n")}    </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """;
}
