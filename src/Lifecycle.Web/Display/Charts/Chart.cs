namespace Lifecycle.Web.Display.Charts;

/// <summary>
/// A chart drawn on the server as SVG, with the title and description a screen reader announces and the table
/// it is drawn from, which pages and the pack show next to it (WCAG 1.1.1: the table is the text alternative).
/// </summary>
public sealed record Chart(string Id, string Title, string Description, string Svg, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
