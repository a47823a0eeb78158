using Lifecycle.Application.Audit;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>A summary of the audit trail: how much changed, when, and whether the chain is intact.</summary>
internal static class AuditSection
{
    public static PackSection For(AuditTrail audit) => new("audit", "Audit summary",
    [
        new PackFacts(
        [
            new("Changes recorded", audit.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("First change", audit.Entries.Count == 0 ? PackText.NotRecorded : PackText.When(audit.Entries[0].OccurredAt)),
            new("Latest change", audit.Entries.Count == 0 ? PackText.NotRecorded : PackText.When(audit.Entries[^1].OccurredAt)),
            new("Audit chain", audit.Verification.IsIntact
                ? $"Verified: all {audit.Verification.EntriesChecked} entries are intact and in order"
                : $"NOT verified: {audit.Verification.Problem} (entry {audit.Verification.BrokenAtSequence})"),
        ]),
        new PackTable("Changes by kind", ["Kind of change", "Count"],
            audit.Entries.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)[AuditKinds.Describe(g.Key), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)])
                .ToList(),
            [80, 20]),
    ]);
}
