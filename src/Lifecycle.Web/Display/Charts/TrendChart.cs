using System.Xml.Linq;
using Lifecycle.Domain.Testing;
using static Lifecycle.Web.Display.Charts.Svg;

namespace Lifecycle.Web.Display.Charts;

/// <summary>One result on the trend: a test run or monitoring review, judged against the thresholds in force when it was recorded.</summary>
public sealed record TrendPoint(string Label, DateOnly On, EvaluationResult Result, AccuracyThresholds Thresholds);

/// <summary>
/// Overall precision, recall and accuracy across test runs and monitoring reviews in date order: one line per
/// metric, told apart by dash and marker shape; the current minimums as faint lines; a result that missed a
/// minimum is ringed and marked with "!".
/// </summary>
public static class TrendChart
{
    private const double Left = 48;
    private const double Top = 20;
    private const double PlotHeight = 200;
    private const double Step = 90;

    private static readonly (string Dash, string Shape)[] Styles = [("", "circle"), ("6 3", "square"), ("2 3", "triangle")];

    public static Chart? For(string id, IReadOnlyList<TrendPoint> points, AccuracyThresholds? current)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var plotWidth = Math.Max(360, (points.Count - 1) * Step);
        var width = Left + plotWidth + 130;
        var height = Top + PlotHeight + 70;
        double X(int i) => Left + 20 + (i * (plotWidth - 40) / (points.Count - 1));
        double Y(double v) => Top + ((1 - v) * PlotHeight);

        var content = new List<XElement>();
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            content.Add(Line(Left, Y(tick), Left + plotWidth, Y(tick), "#e8e8e8"));
            content.Add(Text(Left - 6, Y(tick) + 4, ProportionText.Percent(tick), anchor: "end", fill: Grey));
        }

        content.Add(Line(Left, Top, Left, Top + PlotHeight, Grey));
        content.Add(Line(Left, Top + PlotHeight, Left + plotWidth, Top + PlotHeight, Grey));
        for (var i = 0; i < points.Count; i++)
        {
            content.Add(Text(X(i), Top + PlotHeight + 16, points[i].Label, anchor: "middle", mark: "x-label"));
            content.Add(Text(X(i), Top + PlotHeight + 30, UkTime.Date(points[i].On), anchor: "middle", fill: Grey));
        }

        for (var m = 0; m < EvaluationResult.Metrics.Count; m++)
        {
            var (metric, of) = EvaluationResult.Metrics[m];
            var (dash, shape) = Styles[m];
            if (current is not null)
            {
                var minimum = EvaluationResult.MinimumFor(metric, current);
                content.Add(Line(Left, Y(minimum), Left + plotWidth, Y(minimum), LightGrey, 1, dash.Length == 0 ? "1 0" : dash, mark: $"minimum-{metric}"));
            }

            var series = points.Select((p, i) => (i, Value: of(p.Result.Overall).Value, Check: ThresholdCheck.Find(p.Result.Checks, metric, null))).Where(p => p.Value is not null).ToList();
            if (series.Count > 1)
            {
                content.Add(new XElement(Ns + "polyline",
                    new XAttribute("points", string.Join(' ', series.Select(p => $"{Coord(X(p.i))},{Coord(Y(p.Value!.Value))}"))),
                    new XAttribute("fill", "none"), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "2"),
                    dash.Length == 0 ? null : new XAttribute("stroke-dasharray", dash), new XAttribute("data-mark", $"line-{metric}")));
            }

            foreach (var (i, value, check) in series)
            {
                var x = X(i);
                var y = Y(value!.Value);
                content.Add(Marker(shape, x, y, $"{metric}:{points[i].Label}", ProportionText.Percent(value.Value)));
                if (check is { IsMet: false })
                {
                    content.Add(new XElement(Ns + "circle", new XAttribute("cx", Coord(x)), new XAttribute("cy", Coord(y)), new XAttribute("r", "9"),
                        new XAttribute("fill", "none"), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1.5"),
                        new XAttribute("data-mark", "breach"), new XAttribute("data-breach", $"{metric}:{points[i].Label}")));
                    content.Add(Text(x + 11, y - 8, "!", weight: "bold"));
                }
            }

            var legendY = Top + 14 + (m * 22);
            content.Add(Line(Left + plotWidth + 12, legendY - 4, Left + plotWidth + 40, legendY - 4, Ink, 2, dash.Length == 0 ? null : dash));
            content.Add(Marker(shape, Left + plotWidth + 26, legendY - 4, "legend", string.Empty));
            content.Add(Text(Left + plotWidth + 46, legendY, metric, mark: "legend"));
        }

        content.Add(Text(Left + plotWidth + 12, Top + 92, "Ringed with !:", fill: Ink));
        content.Add(Text(Left + plotWidth + 12, Top + 108, "missed a minimum", fill: Ink));

        var breaches = points.Where(p => !p.Result.MeetsEveryThreshold).Select(p => p.Label).ToList();
        var title = "Overall precision, recall and accuracy over time";
        var description = $"{points.Count} results from {points[0].Label} ({UkTime.Date(points[0].On)}) to {points[^1].Label} ({UkTime.Date(points[^1].On)}). "
            + (breaches.Count == 0 ? "Every result met its thresholds." : $"Results that missed a threshold: {string.Join(", ", breaches)}.");
        var rows = points.Select(p => (IReadOnlyList<string>)
            [
                p.Label, UkTime.Date(p.On),
                .. EvaluationResult.Metrics.Select(metric => metric.Of(p.Result.Overall).Value is { } v ? ProportionText.Percent(v) : "not defined"),
                p.Result.MeetsEveryThreshold ? "Yes" : "No",
            ])
            .ToList();
        return new Chart(id, title, description, Markup(Root(id, title, description, width, height, content)),
            ["Result", "Date", "Precision", "Recall", "Accuracy", "Met every threshold"], rows);
    }

    private static XElement Marker(string shape, double x, double y, string mark, string value) => shape switch
    {
        "square" => new XElement(Ns + "rect", new XAttribute("x", Coord(x - 4)), new XAttribute("y", Coord(y - 4)), new XAttribute("width", "8"), new XAttribute("height", "8"),
            new XAttribute("fill", Paper), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "2"), new XAttribute("data-mark", mark), new XAttribute("data-value", value)),
        "triangle" => new XElement(Ns + "path", new XAttribute("d", $"M{Coord(x)} {Coord(y - 5)} L{Coord(x + 5)} {Coord(y + 4)} L{Coord(x - 5)} {Coord(y + 4)} Z"),
            new XAttribute("fill", Grey), new XAttribute("data-mark", mark), new XAttribute("data-value", value)),
        _ => new XElement(Ns + "circle", new XAttribute("cx", Coord(x)), new XAttribute("cy", Coord(y)), new XAttribute("r", "4"), new XAttribute("fill", Ink),
            new XAttribute("data-mark", mark), new XAttribute("data-value", value)),
    };

}
