
namespace Lifecycle.Domain.Projects;

/// <summary>
/// The risk a threshold breach added stays open until a later monitoring review meets every threshold, or a senior
/// leader closes it (stage 9).
/// </summary>
public sealed class BreachRiskMustStayOpenRule(Project project, Risk risk, RiskStatus newStatus, Guid personId) : IBusinessRule
{
    private bool IsBreachRisk => project.MonitoringReviews.Any(r => r.BreachRiskNumber == risk.Number);

    public bool IsBroken() => newStatus == RiskStatus.Closed && risk.Status != RiskStatus.Closed && IsBreachRisk
        && project.HasThresholdBreach && !project.RolesOf(personId).Contains(ProjectRole.SeniorLeader);

    public string Message => $"R{risk.Number}, added by a monitoring review that missed a threshold, is closed only after a later review meets every threshold, or by a senior leader";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"R{risk.Number} records a threshold breach and the latest review still misses a threshold: record a review that meets them, or ask a senior leader to close it";
}
