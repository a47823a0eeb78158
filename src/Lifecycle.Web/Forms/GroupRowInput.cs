using System.Globalization;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Forms;

/// <summary>One typed row of per-group counts on the test run form.</summary>
public sealed class GroupRowInput
{
    public string? Group { get; set; }

    public string? TruePositives { get; set; }

    public string? FalsePositives { get; set; }

    public string? TrueNegatives { get; set; }

    public string? FalseNegatives { get; set; }

    public bool IsBlank => new[] { Group, TruePositives, FalsePositives, TrueNegatives, FalseNegatives }.All(string.IsNullOrWhiteSpace);

    public IEnumerable<(string Field, string Label, string? Value)> Counts() =>
    [
        (nameof(TruePositives), "True positives", TruePositives),
        (nameof(FalsePositives), "False positives", FalsePositives),
        (nameof(TrueNegatives), "True negatives", TrueNegatives),
        (nameof(FalseNegatives), "False negatives", FalseNegatives),
    ];

    public static bool IsCount(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10_000_000;

    public GroupCounts ToCounts() => new(Group!.Trim(), Parse(TruePositives), Parse(FalsePositives), Parse(TrueNegatives), Parse(FalseNegatives));

    private static int Parse(string? value) => int.Parse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}
