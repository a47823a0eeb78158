namespace Lifecycle.Domain.Triage;

/// <summary>What a triage result requires of the project from here on.</summary>
public enum Obligation
{
    DataProtectionImpactAssessment,
    EqualityImpactAssessment,
    ChildrensRightsImpactAssessment,
    IndependentScrutiny,
    IndependentEvaluator,
}
