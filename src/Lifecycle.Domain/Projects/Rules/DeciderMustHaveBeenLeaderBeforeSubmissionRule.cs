namespace Lifecycle.Domain.Projects;

/// <summary>
/// A decision is made by someone who was already a senior leader on the project when the item was
/// submitted, and who does not also manage the project: roles cannot be rearranged to approve something.
/// </summary>
public sealed class DeciderMustHaveBeenLeaderBeforeSubmissionRule(Project project, Guid personId, DateTime submittedAt) : IBusinessRule
{
    private bool GainedLeadershipLater => project.Members.Any(m => m.PersonId == personId && m.Role == ProjectRole.SeniorLeader && m.AssignedAt > submittedAt);

    private bool AlsoManages => project.RolesOf(personId).Contains(ProjectRole.ProjectManager);

    public bool IsBroken() => GainedLeadershipLater || AlsoManages;

    public string Message => AlsoManages
        ? "the decision is made by a senior leader who does not also manage this project"
        : "the decision is made by someone who was already a senior leader on this project when it was submitted";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => AlsoManages
        ? "You also manage this project, so you cannot decide on it: ask another senior leader"
        : "You became a senior leader on this project after it was submitted, so another senior leader must decide";
}
