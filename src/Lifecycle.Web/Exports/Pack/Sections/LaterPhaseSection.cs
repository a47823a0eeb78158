using System.Globalization;
using Lifecycle.Domain.Testing;
using Lifecycle.Web.Display;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>
/// Develop records beyond the checklists: success criteria and accuracy thresholds (stage 5),
/// development safeguards (stage 6), test runs judged against the thresholds and external
/// validation (stage 7). The checklists for those stages are in the checklist section already.
/// </summary>
internal static class LaterPhaseSection
{
    public static PackSection For(Project project) => new("later-phases", "Develop records (stages 5 to 7)", [.. Blocks(project)]);

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
                    new("Minimum precision", ProportionText.Percent(t.MinimumPrecision)),
                    new("Minimum recall", ProportionText.Percent(t.MinimumRecall)),
                    new("Minimum accuracy", ProportionText.Percent(t.MinimumAccuracy)),
                    new("Largest gap between a group and overall", $"{(t.MaximumGroupGap * 100).ToString("0.##", CultureInfo.InvariantCulture)} percentage points{(t.GapAppliesBothWays ? ", either way" : ", below overall only")}"),
                    new("Why results cannot be judged by group", t.WhyNotByGroup is { } why
                        ? $"{why} (senior leader's agreement: {StatusTags.For(project.ApprovalStateOf(Lifecycle.Domain.SignOffs.SignOffKind.UngroupedResults)).Text})"
                        : "Not given: results are judged by group"),
                    new("Groups smaller than this are too few to judge (figures withheld here)", $"{t.MinimumGroupSize} cases"),
                    new("Changed thresholds approved", project.ThresholdsLoosenedAfterFailure
                        ? StatusTags.For(project.ApprovalStateOf(Lifecycle.Domain.SignOffs.SignOffKind.ThresholdChange)).Text
                        : "Not needed: not loosened after a failing result"),
                ])
                : PackText.NothingYet("Accuracy thresholds");
            if (project.ThresholdHistory.Count > 1)
            {
                yield return new PackTable("Threshold history", ["Version", "Thresholds", "Set by, and why"],
                    project.ThresholdHistory.Select(v => (IReadOnlyList<string>)
                        [v.Number.ToString(CultureInfo.InvariantCulture), ThresholdText.Describe(v.Thresholds), $"{PackText.By(v.SetByName, v.SetAt)}{(v.Reason is null ? "" : $": {v.Reason}")}"]).ToList(),
                    [10, 50, 40]);
            }
        }

        yield return new PackHeading("Development safeguards (stage 6)");
        yield return project.DevelopmentSafeguards is { } safeguards
            ? new PackFacts(
            [
                new("Privacy and security", PackText.Or(safeguards.PrivacyAndSecurity)),
                new("How outputs are explained", PackText.Or(safeguards.Explainability)),
                new("How outputs can be challenged", PackText.Or(safeguards.Challenge)),
                new("Feedback process", PackText.Or(safeguards.FeedbackProcess)),
            ])
            : PackText.NothingYet("Development safeguards");

        foreach (var block in TestingBlocks(project))
        {
            yield return block;
        }

    }

    private static IEnumerable<PackBlock> TestingBlocks(Project project)
    {
        yield return new PackHeading("Test runs (stage 7)");
        if (project.TestRuns.Count == 0)
        {
            yield return PackText.NothingYet("Test runs");
        }

        foreach (var run in project.TestRuns.OrderBy(r => r.Number))
        {
            yield return new PackFacts(
            [
                new("Run", $"{run.Kind} run {run.Number}, {PackText.Date(run.RanOn)}, recorded by {PackText.By(run.RecordedByName, run.RecordedAt)}"),
                new("Notes", PackText.Or(run.Notes)),
                new("Judged against", run.ThresholdsVersion is { } version ? $"thresholds version {version}, in force when it was recorded" : "the current thresholds"),
                new("Withdrawn", PackText.Withdrawn(run.Withdrawal)),
            ]);
            if (project.ResultOf(run) is not { } result)
            {
                continue;
            }

            if (ProjectCharts.Results(project, run, $"pack-run-{run.Number}-chart") is { } chart)
            {
                yield return new PackChart(chart);
            }

            foreach (var table in PackResults.Tables($"{run.Kind} run {run.Number}", result, project.ThresholdsInForce(run.ThresholdsVersion)!, run.AcceptedGaps))
            {
                yield return table;
            }
        }

        if (ProjectCharts.Trend(project, "pack-results-trend") is { } trend)
        {
            yield return new PackHeading("Results over time (stages 7 and 9)");
            foreach (var block in PackChart.WithTable(trend))
            {
                yield return block;
            }
        }

        yield return new PackHeading("External validation (stage 7)");
        yield return project.ExternalValidations.Count == 0
            ? PackText.NothingYet("External validation")
            : new PackTable("Validations", ["Validator", "Date", "Conclusion", "Conditions on going live"],
                project.ExternalValidations.OrderBy(v => v.ValidatedOn).Select(v => (IReadOnlyList<string>)
                [
                    $"{v.Validator}, {v.Organisation}",
                    PackText.Date(v.ValidatedOn),
                    $"{StatusTags.Verdict(v.Verdict)}. {v.Conclusion}",
                    v.Conditions.Count == 0
                        ? "None"
                        : string.Join("\n", v.Conditions.Select(c => $"{c.Number}. {c.Text} – {(c.IsMet ? $"met: {c.HowMet}" : "not yet met")}")),
                ]).ToList(),
                [22, 12, 36, 30]);
    }
}
