
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Whether a live tool needs attention, worked out once: the rules of passed gates that no longer hold, and the senior
/// leader's decision to keep it in use when that decision still covers all of them.
/// </summary>
public sealed record LiveAttention(IReadOnlyList<EarlierGateMustStillHoldRule> NoLongerHolding, KeepInUseDecision? KeptInUse)
{
    public static readonly LiveAttention None = new([], null);

    public bool IsNeeded => NoLongerHolding.Count > 0;
}
