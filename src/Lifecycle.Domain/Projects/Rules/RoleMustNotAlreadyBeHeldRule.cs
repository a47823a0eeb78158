using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class RoleMustNotAlreadyBeHeldRule(Project project, Guid personId, string personName, ProjectRole role) : IBusinessRule
{
    public bool IsBroken() => project.RolesOf(personId).Contains(role);

    public string Message => $"{personName} does not already hold the role {role.DisplayName()}";
}
