namespace Lifecycle.Domain.ImpactAssessments;

public enum ImpactAssessmentKind
{
    DataProtection,
    Equality,
    ChildrensRights,
    Other,
}
