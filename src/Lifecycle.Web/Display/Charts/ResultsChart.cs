using System.Xml.Linq;
using Lifecycle.Domain.Testing;
using static Lifecycle.Web.Display.Charts.Svg;

namespace Lifecycle.Web.Display.Charts;

/// <summary>
/// One test run's or monitoring review's precision, recall and accuracy, overall and by group, each with its 95%
/// interval as a whisker; the minimum as a dashed line and the allowed gap below overall as a shaded band. Groups too
/// small to judge are named but not drawn, as in the pack's tables.
/// </summary>
public static class ResultsChart
{
    private const double LabelWidth = 160;
    private const double PanelWidth = 170;
    private const double PanelGap = 14;
    private const double Top = 52;
    private const double RowHeight = 26;

    public static Chart For(string id, string label, EvaluationResult result, AccuracyThresholds thresholds)
    {
        var rows = new List<(string Name, ConfusionCounts? Counts, string? Group)> { ("Overall", result.Overall, null) };
        rows.AddRange(result.Groups.Select(g => (g.Group, g.IsTooFewToJudge ? null : g.Counts, (string?)g.Group)));
        var width = LabelWidth + (3 * PanelWidth) + (2 * PanelGap) + 10;
        var height = Top + (rows.Count * RowHeight) + 56;

        var content = new List<XElement>();
        for (var r = 0; r < rows.Count; r++)
        {
            var y = RowY(r);
            content.Add(Text(LabelWidth - 8, y + 4, rows[r].Name, anchor: "end", weight: r == 0 ? "bold" : null, mark: "row-label"));
            if (rows[r].Counts is null)
            {
                content.Add(Text(LabelWidth + 6, y + 4, $"too few cases to judge (fewer than {thresholds.MinimumGroupSize}): not shown", fill: Grey, mark: "withheld"));
            }
        }

        for (var m = 0; m < EvaluationResult.Metrics.Count; m++)
        {
            content.Add(Panel(m, rows, result, thresholds, height));
        }

        content.Add(Legend(height - 18));
        var title = $"{label}: precision, recall and accuracy by group";
        var description = $"Dots show each figure and lines its 95% confidence interval. A dashed line marks each minimum; the shaded band is how far {(thresholds.GapAppliesBothWays ? "from" : "below")} overall a group may be ({ProportionText.Percent(thresholds.MaximumGroupGap)}). A hollow diamond marks a figure that misses its threshold. "
            + (result.MeetsEveryThreshold ? "Every threshold is met." : $"{result.Checks.Count(c => !c.IsMet)} threshold check(s) not met.");
        var table = rows.Select(row => (IReadOnlyList<string>)(row.Counts is { } counts
                ? [row.Name, counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), .. EvaluationResult.Metrics.Select(metric => Cell(metric.Of(counts), ThresholdCheck.Find(result.Checks, metric.Name, row.Group)))]
                : [row.Name, $"fewer than {thresholds.MinimumGroupSize}", "withheld", "withheld", "withheld"]))
            .ToList();
        return new Chart(id, title, description, Markup(Root(id, title, description, width, height, content)),
            ["Group", "Cases", "Precision", "Recall", "Accuracy"], table);
    }

    private static string Cell(Proportion proportion, ThresholdCheck? check) =>
        ProportionText.WithInterval(proportion) + (check is { IsMet: false } ? " – misses threshold" : string.Empty);

    private static XElement Panel(int m, List<(string Name, ConfusionCounts? Counts, string? Group)> rows, EvaluationResult result, AccuracyThresholds thresholds, double height)
    {
        var (metric, of) = EvaluationResult.Metrics[m];
        var left = LabelWidth + (m * (PanelWidth + PanelGap));
        double X(double v) => left + (v * PanelWidth);
        var bottom = RowY(rows.Count - 1) + (RowHeight / 2);
        var minimum = EvaluationResult.MinimumFor(metric, thresholds);
        var content = new List<XElement>
        {
            Text(left + (PanelWidth / 2), 16, metric, anchor: "middle", weight: "bold", mark: "metric"),
            Rect(left, Top - (RowHeight / 2), PanelWidth, bottom - Top + (RowHeight / 2), "#f8f8f8", LightGrey),
        };

        if (of(result.Overall).Value is { } overall && rows.Count > 1)
        {
            // The gap guards groups served worse than overall, so the band reaches down from overall, and up only when the design says so.
            var low = Math.Max(0, overall - thresholds.MaximumGroupGap);
            var high = thresholds.GapAppliesBothWays ? Math.Min(1, overall + thresholds.MaximumGroupGap) : overall;
            content.Add(Rect(X(low), RowY(1) - (RowHeight / 2), X(high) - X(low), bottom - RowY(1) + (RowHeight / 2), "#dddddd", mark: "gap-band"));
        }

        content.Add(Line(X(minimum), Top - (RowHeight / 2), X(minimum), bottom, Ink, 1.5, "5 3", mark: "minimum"));
        content.Add(Text(X(minimum), 34, $"minimum {ProportionText.Percent(minimum)}", anchor: "middle", fill: Grey, mark: "minimum-label"));

        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Counts is not { } counts || of(counts) is not { Value: { } value, Interval95: var (lower, upper) })
            {
                continue;
            }

            var y = RowY(r);
            var met = ThresholdCheck.Find(result.Checks, metric, rows[r].Group)?.IsMet ?? true;
            content.Add(Line(X(lower), y, X(upper), y, Grey, 1.5, mark: "whisker"));
            content.Add(Line(X(lower), y - 4, X(lower), y + 4, Grey, 1.5));
            content.Add(Line(X(upper), y - 4, X(upper), y + 4, Grey, 1.5));
            content.Add(Point(X(value), y, met, $"{metric}:{rows[r].Name}", ProportionText.Percent(value)));
        }

        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            content.Add(Line(X(tick), bottom, X(tick), bottom + 4, Grey));
            content.Add(Text(X(tick), bottom + 16, ProportionText.Percent(tick), anchor: tick == 0 ? "start" : tick == 1 ? "end" : "middle", fill: Grey));
        }

        return Group(content, mark: $"panel-{metric}");
    }

    private static XElement Legend(double y) => Group(
    [
        Point(16, y - 4, met: true, "legend", string.Empty),
        Text(26, y, "meets its threshold"),
        Point(166, y - 4, met: false, "legend", string.Empty),
        Text(176, y, "misses its threshold"),
        Line(316, y - 4, 340, y - 4, Ink, 1.5, "5 3"),
        Text(346, y, "minimum"),
        Rect(416, y - 10, 22, 12, "#dddddd"),
        Text(444, y, "allowed gap from overall"),
    ], mark: "legend");

    private static double RowY(int row) => Top + (row * RowHeight) + (RowHeight / 2);
}
