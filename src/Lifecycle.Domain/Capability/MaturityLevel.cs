namespace Lifecycle.Domain.Capability;

public enum MaturityLevel
{
    Low,
    Medium,
    High,
}
