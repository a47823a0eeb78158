
namespace Lifecycle.Domain.Projects;

/// <summary>A test run or review has at most <see cref="GroupCounts.MostGroups"/> groups.</summary>
public sealed class GroupsMustBeFewEnoughRule(IReadOnlyList<GroupCounts> groups) : IBusinessRule
{
    public bool IsBroken() => groups.Count > GroupCounts.MostGroups;

    public string Message => $"the results have at most {GroupCounts.MostGroups} groups (they have {groups.Count}): combine small groups, or record them in separate runs";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The results have {groups.Count} groups, more than the {GroupCounts.MostGroups} allowed: combine small groups, or record them in separate runs";
}
