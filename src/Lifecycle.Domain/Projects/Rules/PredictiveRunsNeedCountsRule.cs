
namespace Lifecycle.Domain.Projects;

public sealed class PredictiveRunsNeedCountsRule(Project project, IReadOnlyList<GroupCounts> groups, string record = "test run") : IBusinessRule
{
    public bool IsBroken() => project.IsPredictive && (groups.Count == 0 || groups.All(g => g.Counts.Total == 0));

    public string Message => $"a predictive tool's {record} has results for at least one group";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"This tool makes predictions, so the {record} needs results for at least one group: enter the counts, or upload a file";
}
