using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class RoleMustBeHeldRule(Project project, Guid personId, string personName, ProjectRole role) : IBusinessRule
{
    public bool IsBroken() => !project.RolesOf(personId).Contains(role);

    public string Message => $"{personName} holds the role {role.DisplayName()} before it can be removed";
}
