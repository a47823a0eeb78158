namespace Lifecycle.Domain.Risks;

public sealed record RiskDetails(
    string Title,
    string? Description,
    string? Category,
    int Likelihood,
    int Impact,
    string? Owner,
    string? Mitigation,
    RiskStatus Status,
    DateOnly? ReviewOn)
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public int Score => Likelihood * Impact;

    public RiskRating Rating => Score switch
    {
        <= 4 => RiskRating.Low,
        <= 9 => RiskRating.Medium,
        <= 16 => RiskRating.High,
        _ => RiskRating.VeryHigh,
    };
}
