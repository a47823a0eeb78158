using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Display;

/// <summary>Accuracy thresholds in one line, the same on every page and in the pack.</summary>
public static class ThresholdText
{
    public static string Describe(AccuracyThresholds t) =>
        $"precision {ProportionText.Percent(t.MinimumPrecision)}, recall {ProportionText.Percent(t.MinimumRecall)}, accuracy {ProportionText.Percent(t.MinimumAccuracy)}; "
        + $"largest group gap {ProportionText.Percent(t.MaximumGroupGap)}{(t.GapAppliesBothWays ? " either way" : " below overall")}; groups need at least {t.MinimumGroupSize} cases"
        + (t.WhyNotByGroup is { } why ? $"; not judged by group: {why}" : string.Empty);
}
