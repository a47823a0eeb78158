using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Display.Charts;

/// <summary>The charts of a project's results, each judged as the domain judges it (thresholds in force when recorded; withdrawn results left out).</summary>
public static class ProjectCharts
{
    /// <summary>The chart of one test run or review, or null when it has no figures to judge (or was withdrawn).</summary>
    public static Chart? Results(Project project, JudgedResult judged, string id) => Safely(id, () =>
        project.ResultOf(judged) is { } result && project.ThresholdsInForce(judged.ThresholdsVersion) is { } thresholds
            ? ResultsChart.For(id, judged.Title, result, thresholds)
            : null);

    /// <summary>The most recent result: the latest monitoring review once the tool is live, otherwise the latest test run.</summary>
    public static (JudgedResult Judged, Chart Chart)? Latest(Project project, string id) =>
        ((JudgedResult?)project.LatestReview ?? project.LatestTestRun) is { } latest && Results(project, latest, id) is { } chart
            ? (latest, chart)
            : null;

    /// <summary>Every judged test run and review in date order; null with fewer than two.</summary>
    public static Chart? Trend(Project project, string id) => Safely(id, () => TrendChart.For(id, TrendPoints(project), project.AccuracyThresholds));

    /// <summary>A chart that cannot be drawn is left out, logged, and the page goes on with its tables: a drawing must never take a page down.</summary>
    private static Chart? Safely(string id, Func<Chart?> draw)
    {
        try
        {
            return draw();
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            Serilog.Log.Error(failure, "The chart {ChartId} could not be drawn; the page shows its tables without it", id);
            return null;
        }
    }

    private static List<TrendPoint> TrendPoints(Project project) =>
        project.TestRuns.Select(r => (Judged: (JudgedResult)r, On: r.RanOn))
            .Concat(project.MonitoringReviews.Select(r => (Judged: (JudgedResult)r, On: r.ReviewedOn)))
            .OrderBy(p => p.On).ThenBy(p => p.Judged.RecordedAt)
            .Select(p => project.ResultOf(p.Judged) is { } result && project.ThresholdsInForce(p.Judged.ThresholdsVersion) is { } thresholds
                ? new TrendPoint(ShortLabel(p.Judged), p.On, result, thresholds)
                : null)
            .OfType<TrendPoint>()
            .ToList();

    private static string ShortLabel(JudgedResult judged) => judged switch
    {
        TestRun run => $"{run.Kind} {run.Number}",
        _ => $"Review {judged.Number}",
    };
}
