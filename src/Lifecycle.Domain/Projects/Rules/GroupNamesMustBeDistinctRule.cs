
namespace Lifecycle.Domain.Projects;

public sealed class GroupNamesMustBeDistinctRule(IReadOnlyList<GroupCounts> groups) : IBusinessRule
{
    public bool IsBroken() => groups.Select(g => g.Group).Distinct(StringComparer.OrdinalIgnoreCase).Count() != groups.Count;

    public string Message => "each group is named once";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Two groups have the same name: name each group once";
}
