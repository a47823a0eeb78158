using System.Globalization;
using System.Xml.Linq;

namespace Lifecycle.Web.Display.Charts;

/// <summary>
/// Builds SVG elements. XElement escapes every text and attribute, so names people typed (a group, a project) are
/// safe inside the markup. Only presentation attributes are used, never style attributes, so the CSP is unchanged;
/// marks differ by shape and dash as well as shade, so a chart reads in greyscale.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public const string Ink = "#0b0c0c";
    public const string Grey = "#505a5f";
    public const string LightGrey = "#b1b4b6";
    public const string Paper = "#ffffff";

    public static XElement Root(string id, string title, string description, double width, double height, IEnumerable<XElement> content) =>
        new(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {Coord(width)} {Coord(height)}"),
            new XAttribute("width", Coord(width)),
            new XAttribute("height", Coord(height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("class", "app-chart__svg"),
            new XAttribute("font-family", "Arial, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Ns + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Ns + "desc", new XAttribute("id", $"{id}-desc"), description),
            content);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null, string? mark = null) =>
        new(Ns + "line", new XAttribute("x1", Coord(x1)), new XAttribute("y1", Coord(y1)), new XAttribute("x2", Coord(x2)), new XAttribute("y2", Coord(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", Coord(width)),
            dash is null ? null : new XAttribute("stroke-dasharray", dash),
            mark is null ? null : new XAttribute("data-mark", mark));

    public static XElement Text(double x, double y, string text, string anchor = "start", string fill = Ink, string? weight = null, string? mark = null) =>
        new(Ns + "text", new XAttribute("x", Coord(x)), new XAttribute("y", Coord(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", fill),
            weight is null ? null : new XAttribute("font-weight", weight),
            mark is null ? null : new XAttribute("data-mark", mark),
            text);

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? dash = null, string? mark = null) =>
        new(Ns + "rect", new XAttribute("x", Coord(x)), new XAttribute("y", Coord(y)), new XAttribute("width", Coord(Math.Max(0, width))), new XAttribute("height", Coord(height)),
            new XAttribute("fill", fill),
            stroke is null ? null : new XAttribute("stroke", stroke),
            dash is null ? null : new XAttribute("stroke-dasharray", dash),
            mark is null ? null : new XAttribute("data-mark", mark));

    /// <summary>A point: a filled circle when it meets its threshold, a hollow diamond when it does not (shape, not colour, says which).</summary>
    public static XElement Point(double x, double y, bool met, string mark, string value) => met
        ? new XElement(Ns + "circle", new XAttribute("cx", Coord(x)), new XAttribute("cy", Coord(y)), new XAttribute("r", "4.5"), new XAttribute("fill", Ink),
            new XAttribute("data-mark", mark), new XAttribute("data-value", value))
        : new XElement(Ns + "path", new XAttribute("d", $"M{Coord(x)} {Coord(y - 6)} L{Coord(x + 6)} {Coord(y)} L{Coord(x)} {Coord(y + 6)} L{Coord(x - 6)} {Coord(y)} Z"),
            new XAttribute("fill", Paper), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "2"),
            new XAttribute("data-mark", mark), new XAttribute("data-value", value), new XAttribute("data-breach", "true"));

    public static XElement Group(IEnumerable<XElement> content, string? mark = null) =>
        new(Ns + "g", mark is null ? null : new XAttribute("data-mark", mark), content);

    /// <summary>
    /// The SVG as text. Hidden characters are taken out of every text and attribute first: XML cannot hold them, and text
    /// saved before they were refused (a group name with a control character) must not stop a page from drawing.
    /// </summary>
    public static string Markup(XElement svg)
    {
        foreach (var text in svg.DescendantNodes().OfType<XText>())
        {
            text.Value = HiddenCharacters.Strip(text.Value);
        }

        foreach (var attribute in svg.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            attribute.Value = HiddenCharacters.Strip(attribute.Value);
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Coordinates with at most two decimals, invariant culture: small markup, stable output.</summary>
    public static string Coord(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
