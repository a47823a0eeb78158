using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>Where each numbered section starts in a printed pack, read from the PDF's bookmarks (one per heading).</summary>
internal static class PackPages
{
    public static IReadOnlyDictionary<string, int> SectionStarts(byte[] pdf, PackDocument document)
    {
        using var printed = PdfDocument.Open(pdf);
        if (!printed.TryGetBookmarks(out var bookmarks))
        {
            return new Dictionary<string, int>();
        }

        var starts = Flatten(bookmarks.GetNodes()).OfType<DocumentBookmarkNode>()
            .GroupBy(n => Squashed(n.Title), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(n => n.PageNumber), StringComparer.Ordinal);
        return document.Sections
            .Select((section, i) => (section.Id, Page: starts.GetValueOrDefault(Squashed($"{i + 1}. {section.Title}"))))
            .Where(s => s.Page > 0)
            .ToDictionary(s => s.Id, s => s.Page, StringComparer.Ordinal);
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    /// <summary>A title without its spaces, so a bookmark matches its heading however the line wrapped.</summary>
    private static string Squashed(string title) => string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
}
