namespace Lifecycle.Domain.Framework;

/// <summary>The facts about a project that decide which checklist items apply to it.</summary>
public sealed record ApplicabilityFacts(bool IsPredictive, bool InvolvesThirdParty, bool IsHighRisk)
{
    public static readonly ApplicabilityFacts None = new(false, false, false);

    public bool Satisfies(Applicability applicability) => applicability switch
    {
        Applicability.Always => true,
        Applicability.PredictiveOnly => IsPredictive,
        Applicability.ThirdPartyOnly => InvolvesThirdParty,
        Applicability.HighRiskOnly => IsHighRisk,
    };
}
