using System.Globalization;
using System.Xml.Linq;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Tests.Charts;

/// <summary>Reads a chart's SVG back as XML, the way an assistive technology or a reviewer would.</summary>
internal static class ChartSvg
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Parse(Chart chart) => XElement.Parse(chart.Svg);

    public static IEnumerable<XElement> Marked(XElement svg, string mark) =>
        svg.Descendants().Where(e => (string?)e.Attribute("data-mark") == mark);

    public static IEnumerable<XElement> MarkedStartingWith(XElement svg, string prefix) =>
        svg.Descendants().Where(e => ((string?)e.Attribute("data-mark"))?.StartsWith(prefix, StringComparison.Ordinal) == true);

    public static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>A point's centre: a circle's cx, or the x of a diamond path's first vertex.</summary>
    public static double CentreX(XElement point) => point.Name == Ns + "circle"
        ? Number(point, "cx")
        : double.Parse(((string)point.Attribute("d")!).TrimStart('M').Split(' ')[0], CultureInfo.InvariantCulture);

    public static void AssertAccessible(XElement svg, string title, string descriptionStart)
    {
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var ids = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(title, svg.Descendants(Ns + "title").Single(t => (string?)t.Attribute("id") == ids[0]).Value);
        Assert.StartsWith(descriptionStart, svg.Descendants(Ns + "desc").Single(d => (string?)d.Attribute("id") == ids[1]).Value, StringComparison.Ordinal);
        Assert.Null(svg.Descendants().FirstOrDefault(e => e.Attribute("style") is not null)); // presentation attributes only: the CSP stays as it is
        Assert.Empty(svg.Descendants(Ns + "script"));
    }
}
