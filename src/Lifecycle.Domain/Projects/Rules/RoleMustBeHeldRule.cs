namespace Lifecycle.Domain.Projects;

public sealed class RoleMustBeHeldRule(Project project, Guid personId, string personName, ProjectRole role) : IBusinessRule
{
    public bool IsBroken() => !project.RolesOf(personId).Contains(role);

    public string Message => $"{personName} holds the role {role.DisplayName()} before it can be removed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{personName} does not hold the role {role.DisplayName()}, so it cannot be removed";
}
