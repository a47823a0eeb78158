namespace Lifecycle.Domain.Projects;

/// <summary>Separation of duties: the person who runs a project is not also one of the senior leaders who approve it.</summary>
public sealed class ManagerMustNotBeSeniorLeaderRule(Project project, Guid personId, string personName, ProjectRole role) : IBusinessRule
{
    private ProjectRole? Conflicting => role switch
    {
        ProjectRole.ProjectManager => ProjectRole.SeniorLeader,
        ProjectRole.SeniorLeader => ProjectRole.ProjectManager,
        _ => null,
    };

    public bool IsBroken() => Conflicting is { } other && project.RolesOf(personId).Contains(other);

    public string Message =>
        $"{personName} is already {Conflicting?.DisplayName().ToLowerInvariant()} on this project: one person cannot both manage a project and approve it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
