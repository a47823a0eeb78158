namespace Lifecycle.Domain.Testing;

/// <summary>
/// One group's counts and figures. A group smaller than the minimum size is too few to judge: the
/// team sees its figures, published outputs withhold them, and it holds the result back unless a
/// senior leader has accepted the gap.
/// </summary>
public sealed record GroupResult(string Group, ConfusionCounts Counts, bool IsTooFewToJudge, bool GapAccepted = false)
{
    public int Size => Counts.Total;
}
