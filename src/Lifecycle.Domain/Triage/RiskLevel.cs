namespace Lifecycle.Domain.Triage;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}
