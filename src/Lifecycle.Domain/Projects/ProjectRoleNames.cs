namespace Lifecycle.Domain.Projects;

public static class ProjectRoleNames
{
    public static string DisplayName(this ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "Project manager",
        ProjectRole.DataPractitioner => "Data practitioner",
        ProjectRole.SeniorLeader => "Senior leader",
        ProjectRole.OversightMember => "Oversight member",
        ProjectRole.Viewer => "Viewer",
    };
}
