using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Api;

/// <summary>A risk from the project's risk log, rated by the domain's own scale (likelihood × impact, 1–25).</summary>
public sealed record ApiRisk(
    int Number,
    string Reference,
    string Title,
    string? Description,
    string? Category,
    int Likelihood,
    int Impact,
    int Score,
    RiskRating Rating,
    RiskStatus Status,
    string? Owner,
    string? Mitigation,
    DateOnly? ReviewOn,
    bool ReviewOverdue,
    DateTime UpdatedAt)
{
    public static ApiRisk From(Risk risk, DateOnly today) => new(
        risk.Number, $"R{risk.Number}", risk.Title, risk.Description, risk.Category, risk.Likelihood, risk.Impact, risk.Details.Score, risk.Details.Rating,
        risk.Status, risk.Owner, risk.Mitigation, risk.ReviewOn, risk.IsReviewOverdue(today), risk.UpdatedAt);
}
