using Lifecycle.Web.Display;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>The pack's first page after the cover: the project overview's at-a-glance block, for the group to read first.</summary>
internal static class AtAGlanceSection
{
    public static PackSection For(Project project, DateOnly today)
    {
        var glance = AtAGlance.For(project, today, "pack-glance-results");
        var blocks = new List<PackBlock>
        {
            new PackParagraph($"What the group is asked to consider: {glance.Ask}"),
            new PackFacts(
            [
                new("Where the tool is", glance.Where),
                .. glance.NextStage is not null || glance.Missing.Count > 0
                    ? [new PackFact($"Still needed before {glance.NextStage ?? "the retirement is complete"}", glance.Missing.Count == 0 ? "Nothing: everything the gate checks is in place." : Lines(glance.Missing))]
                    : Array.Empty<PackFact>(),
                .. glance.NoLongerHolds.Count > 0 ? [new PackFact("Needs attention", Lines(glance.NoLongerHolds))] : Array.Empty<PackFact>(),
                new("Sign-offs", glance.SignOffs.Count == 0 ? "None asked for yet." : Lines(glance.SignOffs.Select(s => $"{s.Name}: {StatusTags.For(s.State).Text}"))),
                new("Latest results", glance.LatestResultTitle is null
                    ? "No test or monitoring results yet."
                    : $"{glance.LatestResultTitle}: {(glance.LatestResultMeetsEveryThreshold == true ? "meets every accuracy threshold" : "misses at least one accuracy threshold")}."),
                new("Open risks rated high or very high", glance.SeriousRisks.Count == 0 ? "None." : Lines(glance.SeriousRisks)),
                new("Next monitoring review", glance.NextReviewDue is { } due
                    ? UkTime.Date(due) + (glance.ReviewTiming == Lifecycle.Domain.Monitoring.ReviewTiming.Overdue ? " (overdue)" : glance.ReviewTiming == Lifecycle.Domain.Monitoring.ReviewTiming.DueSoon ? " (due soon)" : string.Empty)
                    : "None scheduled: reviews start when the tool goes live."),
                new("Open challenges", glance.OpenChallenges.Count == 0 ? "None." : Lines(glance.OpenChallenges)),
            ]),
        };
        if (glance.LatestResults is Chart chart)
        {
            blocks.AddRange(PackChart.WithTable(chart));
        }

        return new PackSection("at-a-glance", "At a glance", blocks);
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);
}
