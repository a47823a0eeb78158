namespace Lifecycle.Domain.Governance;

public enum RiskStatus
{
    Open,
    Closed,
}
