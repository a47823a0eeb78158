namespace Lifecycle.Domain.Evaluation;

/// <summary>
/// What a predictive tool must achieve, set in Design (stage 5) before any testing: minimum
/// precision, recall and accuracy (0–1), the largest gap allowed between any group and the
/// overall figure, and the group size below which a group's figures are suppressed.
/// </summary>
public sealed record AccuracyThresholds
{
    public AccuracyThresholds(double minimumPrecision, double minimumRecall, double minimumAccuracy, double maximumGroupGap, int minimumGroupSize)
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
    }

    public double MinimumPrecision { get; }

    public double MinimumRecall { get; }

    public double MinimumAccuracy { get; }

    public double MaximumGroupGap { get; }

    public int MinimumGroupSize { get; }

    /// <summary>Whether these would pass something <paramref name="other"/> fails: any minimum lower, the gap wider, or more groups too small to judge.</summary>
    public bool IsLooserThan(AccuracyThresholds other) =>
        MinimumPrecision < other.MinimumPrecision
        || MinimumRecall < other.MinimumRecall
        || MinimumAccuracy < other.MinimumAccuracy
        || MaximumGroupGap > other.MaximumGroupGap
        || MinimumGroupSize > other.MinimumGroupSize;
}
