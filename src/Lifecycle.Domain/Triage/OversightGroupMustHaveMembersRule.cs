namespace Lifecycle.Domain.Projects;

public sealed class OversightGroupMustHaveMembersRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.OversightMembers.Count == 0;

    public string Message => "the oversight group has at least one member";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The oversight group has no members: add at least one on the oversight group page";
}
