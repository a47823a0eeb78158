using System.Collections.Frozen;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>Where each numbered section starts in a printed pack: the first page, after the contents, that shows its heading.</summary>
internal static class PackPages
{
    public static IReadOnlyDictionary<string, int> SectionStarts(IReadOnlyList<string> pageTexts, PackDocument document)
    {
        var pages = pageTexts.Select(Squashed).ToList();
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstEntry = document.Sections.Count == 0 ? string.Empty : Squashed($"1. {document.Sections[0].Title}");
        var from = pages.FindIndex(p => p.Contains("Contents" + firstEntry, StringComparison.Ordinal)) + 1;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var heading = Squashed($"{i + 1}. {document.Sections[i].Title}");
            var found = pages.FindIndex(from, p => p.Contains(heading, StringComparison.Ordinal));
            if (found < 0)
            {
                continue;
            }

            starts[document.Sections[i].Id] = found + 1;
            from = found; // sections come in order, so the next one is never earlier
        }

        return starts.ToFrozenDictionary(StringComparer.Ordinal); // kept and shared by every print of the same records
    }

    /// <summary>Page text comes back with its own spacing; compare without it.</summary>
    private static string Squashed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
