using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Lifecycle.Web.Tests.Exports;

/// <summary>
/// Issue 27, point 5: the pack read as a document by assistive technology and archives — every figure has alternative
/// text, facts are tagged as table rows rather than untyped blocks, the title and language are in XMP metadata, the
/// bookmarks say the headings with their spaces, and the contents page gives the page each section starts on.
/// </summary>
public sealed class PackAsADocumentTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task ThePdf_IsTaggedTitledAndNavigable()
    {
        PdfTools.RequireBrowser();
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        var preview = await viewer.GetAsync($"/projects/{team.ProjectId}/pack/preview");
        var sections = preview.QuerySelectorAll("main > section.pack-section:not(.pack-glance) > h2").Select(h => h.TextContent.Trim()).ToList();

        var bytes = await (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/pack/pdf")).Content.ReadAsByteArrayAsync();
        await PdfTools.CheckStructureAsync(bytes);
        using var pdf = PdfDocument.Open(bytes);

        // Bookmarks: each section's heading word for word, including the one that wraps over two lines.
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var outline = Flatten(bookmarks.GetNodes()).OfType<DocumentBookmarkNode>().ToList();
        Assert.Contains(outline, b => b.Title == "Oversight pack: Early help dashboard");
        Assert.Contains("14. Going live (stage 8) and Implement records (stages 9 and 10)", sections);
        Assert.All(sections, heading => Assert.Contains(outline, b => b.Title == heading));

        // Contents: the page each section starts on, as its bookmark says.
        var contents = pdf.GetPages().Single(p => p.Text.Contains("Contents", StringComparison.Ordinal) && p.Text.Contains("1. About the project", StringComparison.Ordinal));
        var contentsText = string.Join(" ", contents.GetWords().Select(w => w.Text));
        foreach (var heading in sections)
        {
            var startsOn = outline.First(b => b.Title == heading).PageNumber;
            var title = heading[(heading.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            Assert.Contains($"page {startsOn}", contentsText, StringComparison.Ordinal);
            Assert.Contains(title.Split(' ')[0], pdf.GetPage(startsOn).Text, StringComparison.Ordinal);
        }

        Assert.Equal(sections.Count, System.Text.RegularExpressions.Regex.Count(contentsText, @"page \d+"));

        // XMP metadata: the title and the language.
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Metadata, out IndirectReferenceToken metadataReference), "The PDF has no XMP metadata.");
        var xmp = Encoding.UTF8.GetString(((StreamToken)pdf.Structure.GetObject(metadataReference.Data).Data).Decode(pdf.Structure.FilterProvider).ToArray());
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Oversight pack: Early help dashboard</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>", xmp, StringComparison.Ordinal);

        // Tags: every figure has alternative text; facts, lists, tables and headings carry their own types.
        var elements = StructureElements(pdf).ToList();
        var figures = elements.Where(e => e.Type == "Figure").ToList();
        Assert.Equal(preview.QuerySelectorAll(".pack-chart svg").Length, figures.Count);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt), "A figure has no alternative text."));
        foreach (var type in new[] { "H1", "H2", "H3", "Table", "TH", "TD", "L", "LI", "Caption", "P" })
        {
            Assert.Contains(elements, e => e.Type == type);
        }

        Assert.Empty(preview.QuerySelectorAll("main dl, main div:not([role]):not([class])"));
        Assert.True(elements.Count(e => e.Type == "TH") >= preview.QuerySelectorAll("main th").Length, "Some header cells are not tagged as such.");
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    /// <summary>Every element of the structure tree, with its type and alternative text.</summary>
    private static IEnumerable<(string Type, string? Alt)> StructureElements(PdfDocument pdf)
    {
        var root = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(root.TryGet(NameToken.StructTreeRoot, out IndirectReferenceToken tree), "The PDF is not tagged.");
        var pending = new Stack<IToken>([tree]);
        var seen = new HashSet<long>();
        while (pending.TryPop(out var token))
        {
            if (token is IndirectReferenceToken reference)
            {
                if (!seen.Add(reference.Data.ObjectNumber))
                {
                    continue;
                }

                token = pdf.Structure.GetObject(reference.Data).Data;
            }

            switch (token)
            {
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        pending.Push(item);
                    }

                    break;
                case DictionaryToken element when !element.ContainsKey(NameToken.Type) || element.TryGet(NameToken.Type, out NameToken t) && t.Data is "StructElem" or "StructTreeRoot":
                    if (element.TryGet(NameToken.S, out NameToken type))
                    {
                        var alt = element.Data.GetValueOrDefault("Alt") switch { StringToken s => s.Data, HexToken h => h.Data, _ => null };
                        yield return (type.Data, alt);
                    }

                    if (element.Data.GetValueOrDefault("K") is { } kids)
                    {
                        pending.Push(kids);
                    }

                    break;
            }
        }
    }
}
