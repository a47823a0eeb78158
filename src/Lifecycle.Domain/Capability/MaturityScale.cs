namespace Lifecycle.Domain.Capability;

/// <summary>
/// The five-point scale and what a result permits. A component scoring 4 or 5 counts as high and
/// 1 or 2 as low; the result is high only when every component is high, low only when every
/// component is low, and medium otherwise.
/// </summary>
public static class MaturityScale
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static MaturityLevel ResultOf(IReadOnlyCollection<int> scores) =>
        scores.All(s => s >= 4) ? MaturityLevel.High
        : scores.All(s => s <= 2) ? MaturityLevel.Low
        : MaturityLevel.Medium;

    public static bool Permits(this MaturityLevel level, AnalyticsType type) => level switch
    {
        MaturityLevel.Low => false,
        MaturityLevel.Medium => type is AnalyticsType.Descriptive or AnalyticsType.Diagnostic,
        MaturityLevel.High => true,
    };

    public static string LevelName(int score) => score switch
    {
        1 => "Beginning",
        2 => "Emerging",
        3 => "Learning",
        4 => "Developing",
        5 => "Mastering",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Scores run from 1 to 5."),
    };
}
