using System.Globalization;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Everything a sign-off of this kind rests on besides its own document, as the decision page
    /// shows it. The fingerprint covers these facts, so a change to any of them lapses the approval.
    /// </summary>
    public IReadOnlyList<ApprovalFact> ApprovalBasis(SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase =>
        [
            new("Type of analytics", AnalyticsType?.ToString() ?? "Not chosen yet"),
            new("Third party involved", InvolvesThirdParty ? "Yes" : "No"),
            .. TriageFacts(),
        ],
        SignOffKind.GoLive =>
        [
            new("Monitoring owner and review interval", DeploymentPlan is { } plan
                ? $"{plan.MonitoringOwner ?? "No owner"}, every {plan.ReviewIntervalMonths?.ToString(CultureInfo.InvariantCulture) ?? "?"} month(s)"
                : "No deployment plan"),
            new("Accuracy thresholds", AccuracyThresholds is { } t ? DescribeThresholds(t) : "None set"),
            new("Latest test run", DescribeLatestRun()),
            new("External validation", DescribeValidation()),
            new("Open risks rated high or very high", DescribeSeriousRisks()),
            .. TriageFacts(),
            new("Impact assessments", _impactAssessments.Count == 0
                ? "None recorded"
                : string.Join("; ", _impactAssessments.OrderBy(a => a.Kind).ThenBy(a => a.Title).Select(a => $"{a.Title}: {a.Status.DisplayName()}"))),
            new("Transparency record", TransparencyConfirmedAt is { } confirmed
                ? $"Confirmed complete on {confirmed.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"
                : "Not confirmed"),
            new("Transparency record: the team's own text", _transparencyEntries.Count == 0
                ? "None"
                : string.Join("; ", _transparencyEntries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}"))),
            new("Type of analytics", AnalyticsType?.ToString() ?? "Not chosen yet"),
            new("Public communication plan", DeploymentPlan?.PublicCommunication ?? "None"),
            new("Oversight group", DescribeOversightGroup()),
            new("Open challenges", OpenChallenges is [var oldest, ..] challenges
                ? $"{challenges.Count}, the oldest raised on {oldest.RaisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                : "None"),
            new("Datasets and their quality", DescribeDatasets()),
            new("Withdrawn test runs and reviews", DescribeWithdrawn()),
        ],
        SignOffKind.Retirement => [],
        SignOffKind.PlanChange =>
        [
            new("Plan in force", DeploymentPlan is { } inForce ? inForce.DescribeApprovedParts() : "No deployment plan"),
            new("Proposed", ProposedDeploymentPlan?.DescribeApprovedParts() ?? "No change proposed"),
        ],
        SignOffKind.TriageChange =>
        [
            new("Triage it would replace", TriageHistory().Replacing is { } replacing ? DescribeOutcome(replacing) : "None"),
            new("Redone triage", TriageHistory().Loosening is { } loosening ? DescribeOutcome(loosening) : "None"),
        ],
        SignOffKind.ScrutinyRelease =>
        [
            new("In-house analytical capacity now", _maturityScores.FirstOrDefault(s => s.Component == MaturityComponent.AnalyticalCapacity) is { } capacity
                ? $"scored {capacity.Score}: {capacity.Justification}"
                : "Not scored"),
            new("Independent scrutiny held since", LowSkillScrutinyHeldSince?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "Not held"),
        ],
        // The reason alone: tightening a minimum later does not ask the senior leader again.
        SignOffKind.UngroupedResults =>
        [
            new("Type of analytics", AnalyticsType?.ToString() ?? "Not chosen yet"),
            new("Why results cannot be judged by group", AccuracyThresholds?.WhyNotByGroup ?? "No reason given"),
        ],
        SignOffKind.ThresholdChange =>
        [
            new("Thresholds now", AccuracyThresholds is { } now ? DescribeThresholds(now) : "None set"),
            new("Why they changed", CurrentThresholdVersion?.Reason ?? "No reason given"),
            new("Results that failed the earlier thresholds", DescribeFailedResults()),
        ],
    };

    /// <summary>A result taken out of use is part of what go-live rests on: a failing run withdrawn after the submission lapses the approval.</summary>
    private string DescribeWithdrawn()
    {
        var withdrawn = _testRuns.Where(r => r.Withdrawal is not null).Cast<JudgedResult>()
            .Concat(_monitoringReviews.Where(r => r.Withdrawal is not null))
            .Select(r => $"{r.Title}, withdrawn by {r.Withdrawal!.WithdrawnByName} on {r.Withdrawal.WithdrawnAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {r.Withdrawal.Reason}")
            .ToList();
        return withdrawn.Count == 0 ? "None" : string.Join("; ", withdrawn);
    }

    private string DescribeOversightGroup() => _oversightMembers.Count == 0
        ? "No members"
        : string.Join("; ", _oversightMembers.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => $"{m.Name} ({m.Independence})"));

    private string DescribeDatasets() => _datasets.Count == 0
        ? "None"
        : string.Join("; ", _datasets.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => $"{d.Name}: {d.Quality}{(d.DroppedAt is null ? "" : ", no longer used")}{(d.PoorQualityMitigation is null ? "" : ", with a plan for its gaps")}"));

    private string DescribeFailedResults()
    {
        var failed = _testRuns.Where(r => ResultOf(r) is { MeetsEveryThreshold: false }).Select(r => $"{r.Kind} run {r.Number}")
            .Concat(_monitoringReviews.Where(r => ResultOf(r) is { MeetsEveryThreshold: false }).Select(r => $"monitoring review {r.Number}"))
            .ToList();
        return failed.Count == 0 ? "None" : string.Join("; ", failed);
    }

    private ApprovalFact[] TriageFacts() => LatestTriage is { } triage
        ?
        [
            new("Triage risk level", triage.Outcome.Risk.ToString()),
            new("Red lines in the triage",
                $"acts without a professional: {YesNo(triage.Answers.ActsWithoutProfessional)}; leaves little room for professional judgement: {YesNo(triage.Answers.LittleRoomForProfessionalJudgement)}"),
        ]
        : [new("Triage risk level", "Triage not done")];

    private static string DescribeOutcome(Triage.TriageRecord triage) =>
        $"triage {triage.Number} by {triage.CompletedByName}: {triage.Outcome.Risk} risk{(triage.Outcome.DoNotProceed ? ", do not proceed" : "")}; " +
        $"acts without a professional: {YesNo(triage.Answers.ActsWithoutProfessional)}; leaves little room for professional judgement: {YesNo(triage.Answers.LittleRoomForProfessionalJudgement)}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string DescribeThresholds(AccuracyThresholds t) => string.Create(CultureInfo.InvariantCulture,
        $"precision {t.MinimumPrecision:0.###}, recall {t.MinimumRecall:0.###}, accuracy {t.MinimumAccuracy:0.###}, largest group gap {t.MaximumGroupGap:0.###}{(t.GapAppliesBothWays ? " either way" : " below overall")}, minimum group size {t.MinimumGroupSize}{(t.WhyNotByGroup is null ? "" : ", not judged by group")}");

    private string DescribeLatestRun() => LatestTestRun is not { } run
        ? "None recorded"
        : Judge(run, AccuracyThresholds) switch
        {
            null => $"{run.Kind} run {run.Number}: no figures to judge",
            { MeetsEveryThreshold: true } => $"{run.Kind} run {run.Number}: meets every threshold",
            var result => $"{run.Kind} run {run.Number}: does not meet {string.Join("; ", result.Checks.Where(c => !c.IsMet).Select(c => c.Description))}",
        };

    private string DescribeValidation() => LatestValidation is not { } validation
        ? "None recorded"
        : string.Join("; ", validation.Conditions
            .Select(c => $"condition {c.Number} ({c.Text}): {(c.IsMet ? "met" : "not met")}")
            .Prepend($"{validation.Validator}, {validation.Verdict}"));

    private string DescribeSeriousRisks()
    {
        var serious = SeriousOpenRisks;
        return serious.Count == 0 ? "None" : string.Join("; ", serious.Select(r => $"R{r.Number} {r.Title} ({r.Details.Rating})"));
    }
}
