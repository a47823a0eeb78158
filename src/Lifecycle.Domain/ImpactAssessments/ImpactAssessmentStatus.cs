namespace Lifecycle.Domain.ImpactAssessments;

public enum ImpactAssessmentStatus
{
    NotStarted,
    InProgress,
    Complete,
    NotRequired,
}
