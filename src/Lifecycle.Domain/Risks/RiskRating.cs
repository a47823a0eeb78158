namespace Lifecycle.Domain.Risks;

/// <summary>Bands of likelihood × impact on a five-by-five grid.</summary>
public enum RiskRating
{
    Low,
    Medium,
    High,
    VeryHigh,
}
