namespace Lifecycle.Domain.Testing;

/// <summary>
/// A share such as precision: successes out of trials, with a 95% Wilson score interval. With no
/// trials it is not defined — never shown as 0 or NaN.
/// </summary>
public sealed record Proportion(int Successes, int Trials)
{
    private const double Z = 1.959963984540054; // two-sided 95%

    public bool IsDefined => Trials > 0;

    public double? Value => IsDefined ? (double)Successes / Trials : null;

    /// <summary>The Wilson interval stays inside 0–1 and behaves at 0%, 100% and small samples, unlike the normal approximation.</summary>
    public (double Lower, double Upper)? Interval95
    {
        get
        {
            if (!IsDefined)
            {
                return null;
            }

            double n = Trials;
            var p = (double)Successes / Trials;
            var denominator = 1 + (Z * Z / n);
            var centre = (p + (Z * Z / (2 * n))) / denominator;
            var halfWidth = Z / denominator * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n)));
            return (Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
        }
    }
}
