using System.Globalization;
using Lifecycle.Domain.Testing;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>
/// A test run's or monitoring review's judged results as pack tables: figures by group (groups too small
/// to judge withheld, as the pack circulates), each threshold check, and any gaps a senior leader accepted.
/// </summary>
internal static class PackResults
{
    public static IEnumerable<PackTable> Tables(string label, EvaluationResult result, AccuracyThresholds thresholds, IReadOnlyList<GapAcceptance> acceptedGaps)
    {
        yield return new PackTable($"{label}: results by group (95% confidence intervals)",
            ["Group", "Cases", "Precision", "Recall", "Accuracy"],
            result.Groups.Select(g => (IReadOnlyList<string>)(g.IsTooFewToJudge
                    ? [g.Group, $"fewer than {thresholds.MinimumGroupSize}", "withheld", "withheld", "withheld"]
                    : [g.Group, g.Size.ToString(CultureInfo.InvariantCulture), ProportionText.WithInterval(g.Counts.Precision), ProportionText.WithInterval(g.Counts.Recall), ProportionText.WithInterval(g.Counts.Accuracy)]))
                .Append(["Overall", result.Overall.Total.ToString(CultureInfo.InvariantCulture), ProportionText.WithInterval(result.Overall.Precision),
                    ProportionText.WithInterval(result.Overall.Recall), ProportionText.WithInterval(result.Overall.Accuracy)])
                .ToList(),
            [28, 14, 20, 19, 19]);
        yield return new PackTable($"{label}: thresholds", ["Check", "Result"],
            result.Checks.Select(c => (IReadOnlyList<string>)[c.Description, ProportionText.Check(c)]).ToList(), [75, 25]);
        if (acceptedGaps.Count > 0)
        {
            yield return new PackTable($"{label}: groups too small to judge, accepted by a senior leader", ["Group", "Accepted by", "Why"],
                acceptedGaps.Select(g => (IReadOnlyList<string>)[g.Group, PackText.By(g.AcceptedByName, g.AcceptedAt), g.Reason]).ToList(), [25, 30, 45]);
        }
    }
}
