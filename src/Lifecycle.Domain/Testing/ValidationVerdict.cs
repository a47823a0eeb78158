namespace Lifecycle.Domain.Testing;

/// <summary>What the external validator concluded about going live (stage 7).</summary>
public enum ValidationVerdict
{
    SupportsGoingLive,
    SupportsWithConditions,
    DoesNotSupport,
}
