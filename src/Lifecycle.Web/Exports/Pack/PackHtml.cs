using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>The rendered pack, and the hash a Content-Security-Policy needs to allow its inline styles.</summary>
public sealed record PackHtml(string Html, string StyleHash)
{
    private static readonly string PrintStylesheet = ReadStylesheet() + ColumnWidths();

    /// <summary>Renders the pack outside any request, so the same HTML serves the preview and the PDF.</summary>
    public static async Task<PackHtml> RenderAsync(HtmlRenderer renderer, PackDocument document, string? notice = null, IReadOnlyDictionary<string, int>? contentsPages = null)
    {
        var styles = PrintStylesheet + PageFurniture(document.Cover.SecurityMarking, document.Cover.ProjectName);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<OversightPackView>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(OversightPackView.Document)] = document,
                [nameof(OversightPackView.Styles)] = styles,
                [nameof(OversightPackView.Notice)] = notice,
                [nameof(OversightPackView.ContentsPages)] = contentsPages,
            }));
            return output.ToHtmlString();
        });
        return new PackHtml(html, "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(styles))));
    }

    /// <summary>The marking at the top and bottom of every page, and the project's name at the foot.</summary>
    private static string PageFurniture(string marking, string projectName) =>
        $$"""

        @page {
          @top-center { content: {{CssString(marking)}}; font: bold 9pt Arial, "Liberation Sans", sans-serif; letter-spacing: 0.05em; }
          @bottom-center { content: {{CssString(marking)}}; font: bold 8.5pt Arial, "Liberation Sans", sans-serif; }
          @bottom-left { content: {{CssString(Shorten(projectName, 60))}}; font: 8.5pt Arial, "Liberation Sans", sans-serif; color: #505a5f; }
        }

        """;

    /// <summary>A CSS string literal; escapes quotes and backslashes, and "&lt;" so the text can never close the style element.</summary>
    internal static string CssString(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' or '\\' or '<' or '>' or '&' => $"\\{(int)c:X} ",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    /// <summary>Width classes for table columns (style attributes would need a weaker Content-Security-Policy).</summary>
    private static string ColumnWidths() =>
        string.Concat(Enumerable.Range(1, 100).Select(n => $".pack-w-{n} {{ width: {n}%; }}\n"));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string ReadStylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lifecycle.Web.Exports.Pack.pack.css")
            ?? throw new InvalidOperationException("The pack stylesheet is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
