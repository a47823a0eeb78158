namespace Lifecycle.Domain.Testing;

/// <summary>One group's confusion counts as entered or read from a CSV, stored with the run they belong to.</summary>
public sealed record GroupCounts(string Group, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public const int GroupNameLength = 100;

    /// <summary>
    /// The most groups one result may have: enough for every ONS ethnic group or age band, few enough
    /// that no upload can make a project's pages, pack or review slow for good.
    /// </summary>
    public const int MostGroups = 30;

    public ConfusionCounts Counts => new(TruePositives, FalsePositives, TrueNegatives, FalseNegatives);

    /// <summary>Trims each group's name, refusing a blank or overlong one.</summary>
    internal static List<GroupCounts> Cleaned(IEnumerable<GroupCounts> groups) =>
        groups.Select(g => g with { Group = Common.DomainText.Required(g.Group, GroupNameLength, "Group") }).ToList();

    /// <summary>Every group's counts on one line, for the audit trail.</summary>
    public static string Describe(IEnumerable<GroupCounts> groups) =>
        string.Join("; ", groups.Select(g => $"{g.Group}: TP {g.TruePositives}, FP {g.FalsePositives}, TN {g.TrueNegatives}, FN {g.FalseNegatives}"));
}
