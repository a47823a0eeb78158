using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

public sealed class GroupNamesMustBeDistinctRule(IReadOnlyList<GroupCounts> groups) : IBusinessRule
{
    public bool IsBroken() => groups.Select(g => g.Group).Distinct(StringComparer.OrdinalIgnoreCase).Count() != groups.Count;

    public string Message => "each group is named once";
}
