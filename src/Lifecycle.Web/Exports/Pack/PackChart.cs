using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>A chart with its title and description; the table of its figures follows it as a <see cref="PackTable"/>.</summary>
public sealed record PackChart(Chart Chart) : PackBlock
{
    public override IEnumerable<string> Texts() => [Chart.Title, Chart.Description];

    /// <summary>The chart and the table it is drawn from, as the pack prints them.</summary>
    public static IEnumerable<PackBlock> WithTable(Chart chart) =>
    [
        new PackChart(chart),
        new PackTable($"Figures in the chart: {chart.Title}", chart.Headers, chart.Rows, EvenWidths(chart.Headers.Count)),
    ];

    private static int[] EvenWidths(int columns) => [.. Enumerable.Repeat(100 / columns, columns)];
}
