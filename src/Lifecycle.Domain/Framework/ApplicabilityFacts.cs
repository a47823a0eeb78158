namespace Lifecycle.Domain.Framework;

/// <summary>The facts about a project that decide which checklist items apply to it.</summary>
public sealed record ApplicabilityFacts(bool IsPredictive, bool InvolvesThirdParty, bool IsHighRisk)
{
    /// <summary>Derived from the triage, the analytics type and the maturity; never set at registration.</summary>
    public bool NeedsIndependentScrutiny { get; init; }

    public static readonly ApplicabilityFacts None = new(false, false, false);

    public bool Satisfies(Applicability applicability) => applicability switch
    {
        Applicability.Always => true,
        Applicability.PredictiveOnly => IsPredictive,
        Applicability.ThirdPartyOnly => InvolvesThirdParty,
        Applicability.HighRiskOnly => IsHighRisk,
        Applicability.IndependentScrutinyOnly => IsHighRisk || NeedsIndependentScrutiny,
    };
}
