namespace Lifecycle.Domain.Projects;

public sealed class RoleMustNotAlreadyBeHeldRule(Project project, Guid personId, string personName, ProjectRole role) : IBusinessRule
{
    public bool IsBroken() => project.RolesOf(personId).Contains(role);

    public string Message => $"{personName} does not already hold the role {role.DisplayName()}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{personName} already holds the role {role.DisplayName()}: choose another person or role";
}
