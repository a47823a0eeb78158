namespace Lifecycle.Domain.Delivery;

/// <summary>What a monitoring review decided about the tool.</summary>
public enum ReviewOutcome
{
    Continue,
    Adapt,
    Retire,
}
