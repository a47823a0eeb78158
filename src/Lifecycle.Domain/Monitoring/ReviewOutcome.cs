namespace Lifecycle.Domain.Monitoring;

/// <summary>What a monitoring review decided about the tool.</summary>
public enum ReviewOutcome
{
    Continue,
    Adapt,
    Retire,
}
