namespace Lifecycle.Domain.Projects;

/// <summary>One role one person holds on one project. A person may hold several.</summary>
public sealed class ProjectMember
{
    private ProjectMember()
    {
    }

    internal ProjectMember(Guid projectId, Guid personId, ProjectRole role, DateTime assignedAt)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        PersonId = personId;
        Role = role;
        AssignedAt = assignedAt;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid PersonId { get; private set; }

    public ProjectRole Role { get; private set; }

    public DateTime AssignedAt { get; private set; }
}
