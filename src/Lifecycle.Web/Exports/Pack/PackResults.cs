using System.Globalization;
using Lifecycle.Domain.Evaluation;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>A test run's or monitoring review's judged results as two pack tables: figures by group, then each threshold check.</summary>
internal static class PackResults
{
    public static IEnumerable<PackTable> Tables(string label, EvaluationResult result, AccuracyThresholds thresholds)
    {
        yield return new PackTable($"{label}: results by group (95% confidence intervals)",
            ["Group", "Cases", "Precision", "Recall", "Accuracy"],
            result.Groups.Select(g => (IReadOnlyList<string>)(g.IsSuppressed
                    ? [g.Group, $"{g.Size} (fewer than {thresholds.MinimumGroupSize}: withheld)", "withheld", "withheld", "withheld"]
                    : [g.Group, g.Size.ToString(CultureInfo.InvariantCulture), ProportionText.WithInterval(g.Counts.Precision), ProportionText.WithInterval(g.Counts.Recall), ProportionText.WithInterval(g.Counts.Accuracy)]))
                .Append(["Overall", result.Overall.Total.ToString(CultureInfo.InvariantCulture), ProportionText.WithInterval(result.Overall.Precision),
                    ProportionText.WithInterval(result.Overall.Recall), ProportionText.WithInterval(result.Overall.Accuracy)])
                .ToList(),
            [28, 14, 20, 19, 19]);
        yield return new PackTable($"{label}: thresholds", ["Check", "Result"],
            result.Checks.Select(c => (IReadOnlyList<string>)[c.Description, ProportionText.Check(c)]).ToList(), [75, 25]);
    }
}
