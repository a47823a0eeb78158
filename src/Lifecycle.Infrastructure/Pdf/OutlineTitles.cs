using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>
/// Chromium titles each bookmark with its heading's text as laid out, dropping the space where a heading wraps or where a
/// styled part starts ("stages 9and 10"). Each bookmark whose letters match a heading of the HTML is given that heading's
/// name: its aria-label when it has one, else its text.
/// </summary>
internal static partial class OutlineTitles
{
    public static void Mend(PdfDocument document, string html, PdfUpdate update)
    {
        var headings = Headings(html).GroupBy(Squashed, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (headings.Count == 0 || !catalog.TryGet(NameToken.Outlines, out IndirectReferenceToken outlines))
        {
            return;
        }

        var pending = new Stack<IndirectReference>();
        if (FirstChild(document, outlines.Data) is { } first)
        {
            pending.Push(first);
        }

        var visited = new HashSet<IndirectReference>();
        while (pending.TryPop(out var reference) && visited.Add(reference))
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken item)
            {
                continue;
            }

            if (TitleOf(item) is { } title && headings.TryGetValue(Squashed(title), out var name) && name != title)
            {
                update.Replace(reference, item.With(NameToken.Title, TextString(name)));
            }

            foreach (var next in new[] { Reference(item, NameToken.Next), Reference(item, NameToken.First) }.OfType<IndirectReference>())
            {
                pending.Push(next);
            }
        }
    }

    /// <summary>Each h1–h6's aria-label, or its text with the markup taken out.</summary>
    private static IEnumerable<string> Headings(string html) => Heading().Matches(html).Select(m =>
        WebUtility.HtmlDecode(m.Groups["label"].Success ? m.Groups["label"].Value : Markup().Replace(m.Groups["text"].Value, string.Empty)).Trim());

    private static IndirectReference? FirstChild(PdfDocument document, IndirectReference outlines) =>
        document.Structure.GetObject(outlines).Data is DictionaryToken root ? Reference(root, NameToken.First) : null;

    private static IndirectReference? Reference(DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out IndirectReferenceToken reference) ? reference.Data : null;

    private static string? TitleOf(DictionaryToken item) => item.Data.GetValueOrDefault(NameToken.Title.Data) switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };

    /// <summary>A PDF text string any reader takes: UTF-16BE with its byte order mark, in hexadecimal.</summary>
    private static HexToken TextString(string text) =>
        new(Convert.ToHexString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]).AsSpan());

    /// <summary>Only the letters and digits: a bookmark loses spaces, and a name may add punctuation the page shows by styling.</summary>
    private static string Squashed(string title) => string.Concat(title.Where(char.IsLetterOrDigit));

    [GeneratedRegex("""<h[1-6](?:\s[^>]*?aria-label="(?<label>[^"]*)")?[^>]*>(?<text>.*?)</h[1-6]>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
