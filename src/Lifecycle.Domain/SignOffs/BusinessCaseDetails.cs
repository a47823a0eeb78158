namespace Lifecycle.Domain.SignOffs;

/// <summary>The business case (stages 3 and 4). Costs are whole pounds over the tool's life.</summary>
public sealed record BusinessCaseDetails(
    string? ProblemAndRationale,
    string? DesirableOutcomes,
    string? UndesirableOutcomes,
    string? RedLines,
    string? DecisionMakingImprovement,
    decimal? BuildCost,
    decimal? RunningCost,
    decimal? EngagementCost,
    decimal? TrainingCost,
    decimal? InfrastructureCost,
    string? EvidenceFromSimilarProjects)
{
    public decimal TotalCost => (BuildCost ?? 0) + (RunningCost ?? 0) + (EngagementCost ?? 0) + (TrainingCost ?? 0) + (InfrastructureCost ?? 0);

    /// <summary>
    /// The content as text that does not depend on how it was stored: 1000 and 1000.00 are the
    /// same amount, so they must give the same fingerprint after a database round trip.
    /// </summary>
    public string Canonical() => Snapshot.Of(this with
    {
        BuildCost = Normalise(BuildCost),
        RunningCost = Normalise(RunningCost),
        EngagementCost = Normalise(EngagementCost),
        TrainingCost = Normalise(TrainingCost),
        InfrastructureCost = Normalise(InfrastructureCost),
    });

    private static decimal? Normalise(decimal? amount) => amount is { } value ? decimal.Round(value, 2) / 1.00m * 1.00m : null;

    internal BusinessCaseDetails Cleaned() => this with
    {
        ProblemAndRationale = DomainText.Optional(ProblemAndRationale, TextLimits.LongText, "Problem and rationale"),
        DesirableOutcomes = DomainText.Optional(DesirableOutcomes, TextLimits.LongText, "Desirable outcomes"),
        UndesirableOutcomes = DomainText.Optional(UndesirableOutcomes, TextLimits.LongText, "Undesirable outcomes"),
        RedLines = DomainText.Optional(RedLines, TextLimits.LongText, "Red lines"),
        DecisionMakingImprovement = DomainText.Optional(DecisionMakingImprovement, TextLimits.LongText, "How decision-making improves"),
        EvidenceFromSimilarProjects = DomainText.Optional(EvidenceFromSimilarProjects, TextLimits.LongText, "Evidence from similar projects"),
    };
}
