using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class OversightGroupMustHaveMembersRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.OversightMembers.Count == 0;

    public string Message => "the oversight group has at least one member";
}
