namespace Lifecycle.Domain.Evaluation;

/// <summary>One group's confusion counts as entered or read from a CSV, stored with the run they belong to.</summary>
public sealed record GroupCounts(string Group, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public const int GroupNameLength = 100;

    public ConfusionCounts Counts => new(TruePositives, FalsePositives, TrueNegatives, FalseNegatives);
}
