namespace Lifecycle.Domain.Testing;

/// <summary>
/// A test run's or monitoring review's results judged against the thresholds: overall figures,
/// per-group figures (small groups marked too few to judge), and every check with whether it is met.
/// </summary>
public sealed class EvaluationResult
{
    /// <summary>Shares are fractions of whole counts, so float noise (0.1000000001) must not fail a threshold met exactly.</summary>
    private const double Tolerance = 1e-9;

    private EvaluationResult(ConfusionCounts overall, IReadOnlyList<GroupResult> groups, IReadOnlyList<ThresholdCheck> checks)
    {
        Overall = overall;
        Groups = groups;
        Checks = checks;
    }

    public ConfusionCounts Overall { get; }

    public IReadOnlyList<GroupResult> Groups { get; }

    public IReadOnlyList<ThresholdCheck> Checks { get; }

    public bool MeetsEveryThreshold => Checks.All(c => c.IsMet);

    /// <summary>The metrics every result is judged on, in the order they are shown.</summary>
    public static IReadOnlyList<(string Name, Func<ConfusionCounts, Proportion> Of)> Metrics { get; } =
    [
        ("Precision", c => c.Precision),
        ("Recall", c => c.Recall),
        ("Accuracy", c => c.Accuracy),
    ];

    public static double MinimumFor(string metric, AccuracyThresholds thresholds) => metric switch
    {
        "Precision" => thresholds.MinimumPrecision,
        "Recall" => thresholds.MinimumRecall,
        "Accuracy" => thresholds.MinimumAccuracy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a metric results are judged on."),
    };

    /// <summary>Names a team gives a single row of figures that covers everyone: such a row is not a group.</summary>
    private static readonly HashSet<string> WholeNames = new(["overall", "all", "all cases", "all children", "everyone", "total"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Judges recorded group counts; null when there are no counts or no thresholds to judge them by.</summary>
    public static EvaluationResult? For(IReadOnlyList<GroupCounts> groups, AccuracyThresholds? thresholds, IEnumerable<string>? acceptedGaps = null, bool ungroupedAgreed = false) =>
        thresholds is null || groups.Count == 0
            ? null
            : Of(groups.ToDictionary(g => g.Group, g => g.Counts, StringComparer.Ordinal), thresholds, acceptedGaps, ungroupedAgreed);

    /// <param name="byGroup">Counts by group of children.</param>
    /// <param name="thresholds">The thresholds to judge against.</param>
    /// <param name="acceptedGaps">Groups too small to judge whose gap a senior leader has accepted.</param>
    /// <param name="ungroupedAgreed">A senior leader agreed the design's current reason the tool cannot be judged by group; it covers every result, whenever recorded.</param>
    public static EvaluationResult Of(IReadOnlyDictionary<string, ConfusionCounts> byGroup, AccuracyThresholds thresholds, IEnumerable<string>? acceptedGaps = null, bool ungroupedAgreed = false)
    {
        var accepted = new HashSet<string>(acceptedGaps ?? [], StringComparer.Ordinal);
        if (byGroup.Count == 0)
        {
            throw new ArgumentException("A test result needs at least one group.", nameof(byGroup));
        }

        var overall = byGroup.Values.Aggregate(ConfusionCounts.None, (sum, counts) => sum.Plus(counts));
        var groups = byGroup.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupResult(g.Key, g.Value, g.Value.Total < thresholds.MinimumGroupSize, accepted.Contains(g.Key)))
            .ToList();
        return new EvaluationResult(overall, groups, Judge(overall, groups, thresholds, ungroupedAgreed).ToList());
    }

    /// <summary>How many of the rows are groups of children rather than a single figure for everyone.</summary>
    public static int GroupsJudgedBy(IEnumerable<string> names) => names.Count(name => !WholeNames.Contains(name.Trim()));

    private static IEnumerable<ThresholdCheck> Judge(ConfusionCounts overall, List<GroupResult> groups, AccuracyThresholds thresholds, bool ungroupedAgreed)
    {
        var metrics = Metrics.Select(m => (m.Name, m.Of, Minimum: MinimumFor(m.Name, thresholds))).ToList();
        foreach (var (name, of, minimum) in metrics)
        {
            var actual = of(overall).Value;
            yield return new ThresholdCheck($"{name} overall is at least {minimum:0.##}", minimum, actual, actual >= minimum - Tolerance) { Metric = name };
        }

        // One group (or one row for everyone) compares nobody with anybody: fairness between groups is unjudged.
        var groupCount = GroupsJudgedBy(groups.Select(g => g.Group));
        if (groupCount < 2)
        {
            yield return new ThresholdCheck(
                ungroupedAgreed
                    ? "Results are not broken down by group: a senior leader agreed why the tool cannot be judged by group"
                    : "Results are broken down into at least two groups of children, or a senior leader agrees why the tool cannot be judged by group",
                2, groupCount, ungroupedAgreed);
        }

        foreach (var group in groups.Where(g => g.IsTooFewToJudge))
        {
            yield return new ThresholdCheck(
                $"{group.Group} has at least {thresholds.MinimumGroupSize} cases to judge{(group.GapAccepted ? " (a senior leader accepted the gap)" : ", or a senior leader accepts the gap")}",
                thresholds.MinimumGroupSize, group.Size, group.GapAccepted);
        }

        foreach (var group in groups.Where(g => !g.IsTooFewToJudge))
        {
            foreach (var (name, of, minimum) in metrics)
            {
                var value = of(group.Counts).Value;
                yield return new ThresholdCheck($"{name} for {group.Group} is at least {minimum:0.##}", minimum, value, value >= minimum - Tolerance)
                { Metric = name, Group = group.Group };

                // The gap guards against a group served worse than everyone: a group served better is shown, not failed,
                // unless the design says the gap applies both ways.
                var gap = value is { } figure && of(overall).Value is { } whole
                    ? (thresholds.GapAppliesBothWays ? Math.Abs(whole - figure) : Math.Max(0, whole - figure))
                    : (double?)null;
                var direction = thresholds.GapAppliesBothWays ? "from overall, either way" : "below overall";
                yield return new ThresholdCheck($"{name} for {group.Group} is no more than {thresholds.MaximumGroupGap:0.##} {direction}",
                    thresholds.MaximumGroupGap, gap, gap <= thresholds.MaximumGroupGap + Tolerance)
                { Metric = name, Group = group.Group };
            }
        }
    }
}
