namespace Lifecycle.Domain.Testing;

/// <summary>
/// What a predictive tool must achieve, set in Design (stage 5) before any testing: minimum
/// precision, recall and accuracy (0–1), the largest gap allowed between any group and the
/// overall figure (below it, or either way when the design says so), the group size below which a
/// group's figures are suppressed, and, when the tool cannot be judged by group, why not.
/// </summary>
public sealed record AccuracyThresholds
{
    public AccuracyThresholds(
        double minimumPrecision,
        double minimumRecall,
        double minimumAccuracy,
        double maximumGroupGap,
        int minimumGroupSize,
        bool gapAppliesBothWays = false,
        string? whyNotByGroup = null)
    {
        foreach (var (value, name) in new[] { (minimumPrecision, "Minimum precision"), (minimumRecall, "Minimum recall"), (minimumAccuracy, "Minimum accuracy"), (maximumGroupGap, "Largest gap between groups") })
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new ArgumentException($"{name} must be between 0% and 100%.");
            }
        }

        foreach (var (value, name) in new[] { (minimumPrecision, "Minimum precision"), (minimumRecall, "Minimum recall"), (minimumAccuracy, "Minimum accuracy") })
        {
            if (value <= 0)
            {
                throw new ArgumentException($"{name} must be above 0%: a minimum of nothing would pass any result.");
            }
        }

        if (minimumGroupSize < 1)
        {
            throw new ArgumentException("Minimum group size must be at least 1.");
        }

        MinimumPrecision = minimumPrecision;
        MinimumRecall = minimumRecall;
        MinimumAccuracy = minimumAccuracy;
        MaximumGroupGap = maximumGroupGap;
        MinimumGroupSize = minimumGroupSize;
        GapAppliesBothWays = gapAppliesBothWays;
        WhyNotByGroup = DomainText.Optional(whyNotByGroup, TextLimits.Reason, "Why the tool cannot be judged by group");
    }

    public double MinimumPrecision { get; }

    public double MinimumRecall { get; }

    public double MinimumAccuracy { get; }

    public double MaximumGroupGap { get; }

    public int MinimumGroupSize { get; }

    /// <summary>
    /// A group served much better than overall also counts against the gap: the design's choice when being flagged more
    /// often is itself a harm (an over-flagged group of families), not only being missed.
    /// </summary>
    public bool GapAppliesBothWays { get; }

    /// <summary>
    /// Why results cannot be broken down by group of children (too few cases in the council, no reliable group data).
    /// It counts only once a senior leader who took no part agrees (sign-off kind <c>UngroupedResults</c>).
    /// </summary>
    public string? WhyNotByGroup { get; }

    /// <summary>
    /// Whether these would pass something <paramref name="other"/> fails: any minimum lower, the gap wider or one-sided where it was
    /// two-sided, or more groups too small to judge. A reason for not judging by group has its own approval, so it is not counted here.
    /// </summary>
    public bool IsLooserThan(AccuracyThresholds other) =>
        MinimumPrecision < other.MinimumPrecision
        || MinimumRecall < other.MinimumRecall
        || MinimumAccuracy < other.MinimumAccuracy
        || MaximumGroupGap > other.MaximumGroupGap
        || MinimumGroupSize > other.MinimumGroupSize
        || (other.GapAppliesBothWays && !GapAppliesBothWays);
}
