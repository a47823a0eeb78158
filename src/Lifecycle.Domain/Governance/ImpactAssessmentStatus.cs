namespace Lifecycle.Domain.Governance;

public enum ImpactAssessmentStatus
{
    NotStarted,
    InProgress,
    Complete,
    NotRequired,
}
