using System.Globalization;
using Lifecycle.Domain.Projects;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>
/// Develop and Implement records beyond the checklists: success criteria and accuracy thresholds
/// (stage 5) so far. The checklists for those stages are in the checklist section already.
/// </summary>
internal static class LaterPhaseSection
{
    public static PackSection For(Project project) => new("later-phases", "Develop and Implement records", [.. Blocks(project)]);

    private static IEnumerable<PackBlock> Blocks(Project project)
    {
        yield return new PackHeading("Success criteria (stage 5)");
        yield return project.SuccessCriteria is { } criteria
            ? new PackFacts(
            [
                new("What will improve", PackText.Or(criteria.WhatWillImprove)),
                new("How it is measured", PackText.Or(criteria.HowMeasured)),
                new("Baseline today", PackText.Or(criteria.Baseline)),
            ])
            : PackText.NothingYet("Success criteria");

        if (project.IsPredictive)
        {
            yield return new PackHeading("Accuracy thresholds (stage 5)");
            yield return project.AccuracyThresholds is { } t
                ? new PackFacts(
                [
                    new("Minimum precision", Percent(t.MinimumPrecision)),
                    new("Minimum recall", Percent(t.MinimumRecall)),
                    new("Minimum accuracy", Percent(t.MinimumAccuracy)),
                    new("Largest gap between a group and overall", $"{(t.MaximumGroupGap * 100).ToString("0.##", CultureInfo.InvariantCulture)} percentage points"),
                    new("Groups smaller than this are withheld", $"{t.MinimumGroupSize} cases"),
                ])
                : PackText.NothingYet("Accuracy thresholds");
        }

        yield return new PackParagraph("Test results, go-live and monitoring records: not yet recorded.");
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
