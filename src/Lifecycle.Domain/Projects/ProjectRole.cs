namespace Lifecycle.Domain.Projects;

public enum ProjectRole
{
    ProjectManager,
    DataPractitioner,
    SeniorLeader,
    OversightMember,
    Viewer,
}
