using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Display;
using Lifecycle.Web.Display.Charts;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>
/// Going live, the last step of Develop: the deployment plan and go-live decision (stage 8), the transparency record,
/// monitoring reviews judged against the thresholds and changes of scope (stage 9), and retirement (stages 9 and 10).
/// </summary>
internal static class ImplementSection
{
    public static PackSection For(Project project, TransparencyRecord transparency) =>
        new("implement", "Going live (stage 8) and Implement records (stages 9 and 10)", [.. Blocks(project, transparency)]);

    private static IEnumerable<PackBlock> Blocks(Project project, TransparencyRecord transparency)
    {
        yield return new PackHeading("Deployment plan (stage 8)");
        yield return project.DeploymentPlan is { } plan
            ? new PackFacts(
            [
                new("Monitoring owner", PackText.Or(plan.MonitoringOwner)),
                new("Review interval", plan.ReviewIntervalMonths is { } months ? IntervalText.Every(months) : PackText.NotRecorded),
                new("Process evaluation", PackText.Or(plan.ProcessEvaluation)),
                new("Impact evaluation", PackText.Or(plan.ImpactEvaluation)),
                new("Evaluator", plan.Evaluator is null ? PackText.NotRecorded : $"{plan.Evaluator} ({(plan.EvaluatorIsIndependent ? "independent" : "not independent")} of the project)"),
                new("Public communication", PackText.Or(plan.PublicCommunication)),
                new("Go-live sign-off", StatusTags.For(project.ApprovalStateOf(SignOffKind.GoLive)).Text),
            ])
            : PackText.NothingYet("Deployment plan");

        yield return new PackHeading("Transparency record");
        yield return new PackFacts(
        [
            new("Confirmed complete", project.TransparencyConfirmedAt is null ? "Not yet" : PackText.By(project.TransparencyConfirmedByName, project.TransparencyConfirmedAt)),
            new("Needs review after a scope change", PackText.YesNo(project.TransparencyNeedsReview)),
            new("Archived", PackText.Date(project.TransparencyArchivedOn)),
        ]);
        if (transparency.Divergences.Count > 0)
        {
            yield return new PackTable("Where the team's text differs from what the records give", ["Field", "The team's text", "The records give"],
                transparency.Divergences.Select(f => (IReadOnlyList<string>)[$"{f.Reference} {f.Label}", f.Value ?? string.Empty, f.DerivedValue ?? string.Empty]).ToList(),
                [30, 35, 35]);
        }

        foreach (var block in MonitoringBlocks(project))
        {
            yield return block;
        }

        yield return new PackHeading("Retirement (stages 9 and 10)");
        yield return project.RetirementReasons is { } reasons
            ? new PackFacts(
            [
                new("Reasons", reasons),
                new("Decision", StatusTags.For(project.ApprovalStateOf(SignOffKind.Retirement)).Text),
                new("Retired", project.RetiredAt is { } retired ? PackText.When(retired) : "Not yet"),
            ])
            : PackText.NothingYet("Retirement");
        if (project.IsWindingDown)
        {
            yield return new PackFacts(
            [
                new("Stopped while live", $"{PackText.When(project.StoppedAt!.Value)}: {project.StopReason}"),
                .. project.StopDuties.Select(d => new PackFact(d.Title, d.IsDone ? "Done" : "Still to do")),
                new("Users told", project.UsersToldOfStopOn is { } told ? $"{UkTime.Date(told)}: {project.UsersToldOfStopHow}" : "Not yet"),
            ]);
        }
    }

    /// <summary>
    /// How many of the latest monitoring reviews the pack prints in full: the latest and the one before, so the group can
    /// compare them. Earlier ones are a line each (their figures are in the trend too), so the pack stays the same length
    /// however long the tool has been live.
    /// </summary>
    public const int ReviewsInFull = 2;

    private static IEnumerable<PackBlock> MonitoringBlocks(Project project)
    {
        yield return new PackHeading("Monitoring reviews (stage 9)");
        var attention = project.Attention;
        yield return new PackFacts(
        [
            new("Went live", PackText.Date(project.WentLiveOn)),
            new("Next review due", PackText.Date(project.NextReviewDue)),
            new("Latest review breached a threshold", PackText.YesNo(project.HasThresholdBreach)),
            new("Needs attention (a gate it passed no longer holds)", attention.IsNeeded
                ? string.Join("; ", attention.NoLongerHolding.Select(r => r.Message))
                : "No"),
            .. attention.KeptInUse is { } kept
                ? new PackFact[] { new("Kept in use meanwhile", $"{kept.DecidedByName} on {UkTime.Date(kept.DecidedAt)}: {kept.Reason}") }
                : [],
        ]);
        var reviews = project.MonitoringReviews.OrderBy(r => r.Number).ToList();
        var earlier = reviews.SkipLast(ReviewsInFull).ToList();
        if (earlier.Count > 0)
        {
            // A tool live for years has dozens of reviews: the group reads the latest in full and the rest as a line each.
            yield return new PackTable($"Earlier reviews (the latest {ReviewsInFull} follow in full; every review is on the monitoring page)",
                ["Review", "Outcome", "Results", "Recorded by"],
                earlier.Select(r => (IReadOnlyList<string>)
                [
                    $"Review {r.Number}, {PackText.Date(r.ReviewedOn)}",
                    r.Outcome + (r.OutcomeReason is { } why ? $": {why}" : string.Empty),
                    r.IsWithdrawn ? "Withdrawn" : project.ResultOf(r) switch
                    {
                        null => "No figures to judge",
                        { MeetsEveryThreshold: true } => "Met every threshold",
                        var result => $"Missed {result.Checks.Count(c => !c.IsMet)} threshold check(s)",
                    },
                    PackText.By(r.RecordedByName, r.RecordedAt),
                ]).ToList(),
                [22, 28, 25, 25]);
        }

        foreach (var review in reviews.TakeLast(ReviewsInFull))
        {
            yield return new PackFacts(
            [
                new("Review", $"Review {review.Number}, {PackText.Date(review.ReviewedOn)}, recorded by {PackText.By(review.RecordedByName, review.RecordedAt)}"),
                new("Security", review.Security),
                new("Input data quality", review.DataQuality),
                new("Retraining", review.Retraining),
                new("User feedback", review.UserFeedback),
                new("Outcome", review.Outcome + (review.OutcomeReason is { } why ? $": {why}" : string.Empty)),
                new("Risk added", review.BreachRiskNumber is { } risk ? $"R{risk}" : "None"),
                new("Withdrawn", PackText.Withdrawn(review.Withdrawal)),
            ]);
            if (project.ResultOf(review) is { } result)
            {
                if (ProjectCharts.Results(project, review, $"pack-review-{review.Number}-chart") is { } chart)
                {
                    yield return new PackChart(chart);
                }

                foreach (var table in PackResults.Tables($"Review {review.Number}", result, project.ThresholdsInForce(review.ThresholdsVersion)!, review.AcceptedGaps))
                {
                    yield return table;
                }
            }
        }

        yield return new PackHeading("Changes of scope (stage 9)");
        yield return project.ScopeChanges.Count == 0
            ? PackText.NothingYet("Changes of scope")
            : new PackTable("Changes of scope", ["Recorded", "What changed", "Why"],
                project.ScopeChanges.OrderBy(c => c.Number).Select(c => (IReadOnlyList<string>)[PackText.By(c.RecordedByName, c.RecordedAt), c.WhatChanged, c.Why]).ToList(),
                [24, 38, 38]);
        if (project.OutstandingScopeReviews.Count > 0)
        {
            yield return new PackParagraph($"Still to review after the latest change of scope: {string.Join(", ", project.OutstandingScopeReviews)}.");
        }
    }
}
