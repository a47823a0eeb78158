
namespace Lifecycle.Domain.Projects;

/// <summary>A high-risk tool has an equality impact assessment and a children's rights impact assessment under way in the register.</summary>
public sealed class HighRiskAssessmentsMustBeRecordedRule(Project project) : IBusinessRule
{
    public IReadOnlyList<string> Missing => !project.IsHighRisk
        ? []
        : new[] { ImpactAssessmentKind.Equality, ImpactAssessmentKind.ChildrensRights }
            .Where(kind => project.StandardAssessment(kind)?.Status is null or ImpactAssessmentStatus.NotStarted)
            .Select(ImpactAssessmentText.StandardTitle)
            .ToList();

    public bool IsBroken() => Missing.Count > 0;

    public string Message =>
        $"a high-risk tool has these assessments under way in the impact assessment register: {string.Join(" and ", Missing)}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"This tool is high risk, so start these in the impact assessment register: {string.Join(" and ", Missing)}";
}
