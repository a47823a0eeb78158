namespace Lifecycle.Domain.Projects;

public sealed class DeciderMustBeSeniorLeaderRule(Project project, Guid personId) : IBusinessRule
{
    public bool IsBroken() => !project.RolesOf(personId).Contains(ProjectRole.SeniorLeader);

    public string Message => "the decision is made by a senior leader on this project";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Only a senior leader on this project can make this decision";
}
