namespace Lifecycle.Domain.Testing;

/// <summary>How a tool's yes/no predictions for one group compared with what happened (stage 7 and monitoring).</summary>
public sealed record ConfusionCounts
{
    public ConfusionCounts(int truePositives, int falsePositives, int trueNegatives, int falseNegatives)
    {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0)
        {
            throw new ArgumentException("Counts cannot be negative.");
        }

        TruePositives = truePositives;
        FalsePositives = falsePositives;
        TrueNegatives = trueNegatives;
        FalseNegatives = falseNegatives;
    }

    public int TruePositives { get; }

    public int FalsePositives { get; }

    public int TrueNegatives { get; }

    public int FalseNegatives { get; }

    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Of the cases the tool flagged, the share that were right.</summary>
    public Proportion Precision => new(TruePositives, TruePositives + FalsePositives);

    /// <summary>Of the cases that really were positive, the share the tool flagged.</summary>
    public Proportion Recall => new(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Of all cases, the share the tool got right.</summary>
    public Proportion Accuracy => new(TruePositives + TrueNegatives, Total);

    public ConfusionCounts Plus(ConfusionCounts other) => new(
        TruePositives + other.TruePositives, FalsePositives + other.FalsePositives,
        TrueNegatives + other.TrueNegatives, FalseNegatives + other.FalseNegatives);

    public static ConfusionCounts None { get; } = new(0, 0, 0, 0);
}
