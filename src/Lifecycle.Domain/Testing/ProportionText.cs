using System.Globalization;

namespace Lifecycle.Domain.Testing;

/// <summary>Shares as people read them: "80% (67% to 89%)", or "not defined" when there was nothing to divide by.</summary>
public static class ProportionText
{
    public static string WithInterval(Proportion proportion) => proportion.Value is { } value && proportion.Interval95 is var (lower, upper)
        ? $"{Percent(value)} ({Percent(lower)} to {Percent(upper)})"
        : "not defined";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Check(ThresholdCheck check) => check.Actual is null ? "Not met: not defined" : check.IsMet ? "Met" : "Not met";
}
