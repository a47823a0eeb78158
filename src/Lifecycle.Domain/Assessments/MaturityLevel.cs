namespace Lifecycle.Domain.Assessments;

public enum MaturityLevel
{
    Low,
    Medium,
    High,
}
