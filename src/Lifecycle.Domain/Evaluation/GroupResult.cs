namespace Lifecycle.Domain.Evaluation;

/// <summary>One group's counts and figures; a group smaller than the minimum size is suppressed (its figures withheld).</summary>
public sealed record GroupResult(string Group, ConfusionCounts Counts, bool IsSuppressed)
{
    public int Size => Counts.Total;
}
