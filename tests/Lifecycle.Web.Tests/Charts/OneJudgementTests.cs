using Lifecycle.Domain.Testing;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Tests.Charts;

/// <summary>
/// Issue 25, point 4: the chart's marks, its table and the checks list read one judgement. With the figures seen in the
/// app (a group at 57.4% recall under a 75% minimum, close to overall; a group far better than overall), each
/// figure is marked missed in the chart exactly when the table says so and a check for it is not met.
/// </summary>
public sealed class OneJudgementTests
{
    [Fact]
    public void ChartMarksTableAndChecks_AgreeForEveryGroupAndMetric()
    {
        var thresholds = new AccuracyThresholds(0.5, 0.75, 0.5, 0.1, 10);
        var result = EvaluationResult.Of(new Dictionary<string, ConfusionCounts>
        {
            ["Boys"] = new(66, 10, 100, 34),
            ["Girls"] = new(58, 10, 100, 43),
            ["Care-experienced"] = new(90, 10, 100, 10),
        }, thresholds);
        var chart = ResultsChart.For("run-1-chart", "Beta run 1", result, thresholds);
        var svg = ChartSvg.Parse(chart);

        foreach (var row in chart.Rows.Skip(1))
        {
            var group = row[0];
            for (var m = 0; m < EvaluationResult.Metrics.Count; m++)
            {
                var metric = EvaluationResult.Metrics[m].Name;
                var missed = result.Checks.Any(c => c.Group == group && c.Metric == metric && !c.IsMet);
                var point = ChartSvg.Marked(svg, $"{metric}:{group}").Single();
                Assert.Equal(missed, (string?)point.Attribute("data-breach") == "true");
                Assert.Equal(missed, row[2 + m].EndsWith("misses threshold", StringComparison.Ordinal));
            }
        }

        Assert.Contains(result.Checks, c => c is { Group: "Girls", Metric: "Recall", IsMet: false });
        Assert.DoesNotContain(result.Checks, c => c is { Group: "Care-experienced", IsMet: false });
    }
}
