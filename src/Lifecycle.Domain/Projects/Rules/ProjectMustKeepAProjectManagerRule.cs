namespace Lifecycle.Domain.Projects;

public sealed class ProjectMustKeepAProjectManagerRule(Project project, Guid personId, ProjectRole role) : IBusinessRule
{
    public bool IsBroken() =>
        role == ProjectRole.ProjectManager
        && project.Members.Where(m => m.Role == ProjectRole.ProjectManager).All(m => m.PersonId == personId);

    public string Message => "the project keeps at least one project manager: add another before removing this one";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "A project must keep at least one project manager: add another before removing this one";
}
