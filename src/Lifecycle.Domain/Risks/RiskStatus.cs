namespace Lifecycle.Domain.Risks;

public enum RiskStatus
{
    Open,
    Closed,
}
