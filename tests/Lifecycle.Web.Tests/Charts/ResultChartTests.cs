using Lifecycle.Domain.Testing;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Tests.Charts;

/// <summary>Issue 15: the results and trend charts draw what the domain judged, where it belongs, and say it in words too.</summary>
public sealed class ResultChartTests
{
    private static readonly AccuracyThresholds Thresholds = new(0.7, 0.75, 0.8, 0.1, 20);

    // Precision 0.8 for "Looked after", 0.25 for "<b>Care leavers</b>" (a gap well over 0.1), five cases for "Tiny".
    private static readonly EvaluationResult Result = EvaluationResult.For(
    [
        new GroupCounts("Looked after", 400, 100, 400, 100),
        new GroupCounts("<b>Care leavers</b>", 10, 30, 50, 10),
        new GroupCounts("Tiny", 1, 1, 2, 1),
    ], Thresholds)!;

    [Fact]
    public void ResultsChart_PlacesEachFigureOnItsScale_MarksMissesByShape_AndWithholdsSmallGroups()
    {
        var chart = ResultsChart.For("run-1-chart", "Alpha run 1", Result, Thresholds);
        var svg = ChartSvg.Parse(chart);

        ChartSvg.AssertAccessible(svg, "Alpha run 1: precision, recall and accuracy by group", "Dots show each figure");
        Assert.Contains("threshold check(s) not met", chart.Description, StringComparison.Ordinal);

        // The precision panel spans x 160 to 330: 80% sits at 296, the 70% minimum at 279.
        var lookedAfter = ChartSvg.Marked(svg, "Precision:Looked after").Single();
        Assert.Equal(160 + (0.8 * 170), ChartSvg.CentreX(lookedAfter), 1);
        Assert.Equal("80%", (string?)lookedAfter.Attribute("data-value"));
        Assert.Null(lookedAfter.Attribute("data-breach"));
        var minimum = ChartSvg.Marked(svg, "minimum").First();
        Assert.Equal(160 + (0.7 * 170), ChartSvg.Number(minimum, "x1"), 1);

        var careLeavers = ChartSvg.Marked(svg, "Precision:<b>Care leavers</b>").Single();
        Assert.Equal("true", (string?)careLeavers.Attribute("data-breach"));
        Assert.Equal("25%", (string?)careLeavers.Attribute("data-value"));
        Assert.DoesNotContain("<b>", chart.Svg, StringComparison.Ordinal); // a typed name is text, never markup
        Assert.Contains("&lt;b&gt;Care leavers&lt;/b&gt;", chart.Svg, StringComparison.Ordinal);

        Assert.Empty(ChartSvg.MarkedStartingWith(svg, "Precision:Tiny"));
        Assert.Contains(ChartSvg.Marked(svg, "withheld"), t => t.Value.Contains("too few cases", StringComparison.Ordinal));

        // Every point of every panel lies inside its panel, whiskers included.
        foreach (var (metric, panel) in new[] { "Precision", "Recall", "Accuracy" }.Select((m, i) => (m, i)))
        {
            var left = 160 + (panel * (170 + 14));
            Assert.All(ChartSvg.MarkedStartingWith(svg, metric + ":"), point => Assert.InRange(ChartSvg.CentreX(point), left, left + 170));
        }

        Assert.Equal(["Overall", "<b>Care leavers</b>", "Looked after", "Tiny"], chart.Rows.Select(r => r[0])); // groups in name order, as the tables list them
        Assert.Equal(["Tiny", "fewer than 20", "withheld", "withheld", "withheld"], chart.Rows[3]);
        Assert.EndsWith("misses threshold", chart.Rows[1][2], StringComparison.Ordinal);
        Assert.StartsWith("80% (", chart.Rows[2][2], StringComparison.Ordinal);
        Assert.DoesNotContain("misses", chart.Rows[2][2], StringComparison.Ordinal);
    }

    [Fact]
    public void TrendChart_NeedsTwoResults_RingsEachMiss_AndKeepsEveryPointOnThePlot()
    {
        var good = EvaluationResult.For([new GroupCounts("Boys", 40, 5, 50, 5), new GroupCounts("Girls", 40, 5, 50, 5)], Thresholds)!;
        var poor = EvaluationResult.For([new GroupCounts("Boys", 15, 20, 50, 15), new GroupCounts("Girls", 15, 20, 50, 15)], Thresholds)!;
        Assert.Null(TrendChart.For("trend", [new TrendPoint("Alpha 1", new DateOnly(2026, 3, 1), good, Thresholds)], Thresholds));

        var chart = TrendChart.For("trend",
        [
            new TrendPoint("Alpha 1", new DateOnly(2026, 3, 1), good, Thresholds),
            new TrendPoint("Review 1", new DateOnly(2026, 6, 1), poor, Thresholds),
            new TrendPoint("Review 2", new DateOnly(2026, 9, 1), good, Thresholds),
        ], Thresholds)!;
        var svg = ChartSvg.Parse(chart);

        ChartSvg.AssertAccessible(svg, "Overall precision, recall and accuracy over time", "3 results from Alpha 1");
        Assert.Contains("Results that missed a threshold: Review 1.", chart.Description, StringComparison.Ordinal);
        Assert.Equal(["Alpha 1", "Review 1", "Review 2"], ChartSvg.Marked(svg, "x-label").Select(l => l.Value));
        var rings = ChartSvg.Marked(svg, "breach").Select(r => (string?)r.Attribute("data-breach")).ToList();
        Assert.Equal(["Precision:Review 1", "Recall:Review 1", "Accuracy:Review 1"], rings);
        Assert.Equal(3, ChartSvg.MarkedStartingWith(svg, "line-").Count());
        Assert.All(ChartSvg.MarkedStartingWith(svg, "Precision:").Concat(ChartSvg.MarkedStartingWith(svg, "Recall:")),
            point => Assert.InRange(ChartSvg.Number(point, point.Attribute("cy") is null ? "y" : "cy"), 16, 224));
        Assert.Equal(["Review 1", "1 June 2026", "42.9%", "50%", "65%", "No"], chart.Rows[1]);
    }
}
