namespace Lifecycle.Domain.Governance;

public enum ImpactAssessmentKind
{
    DataProtection,
    Equality,
    ChildrensRights,
    Other,
}
