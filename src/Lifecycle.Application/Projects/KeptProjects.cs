namespace Lifecycle.Application.Projects;

/// <summary>
/// Display copies of projects, one per project and set of parts, kept with the version they were read at. Every change
/// to a project is recorded and gives it a new version, so a kept copy whose version matches is exactly what a fresh
/// load would give.
/// </summary>
public sealed class KeptProjects() : BoundedStore<(Guid ProjectId, ProjectParts Parts), Project>(Limit)
{
    public const int Limit = 500;

    public bool TryGet(Guid projectId, ProjectParts parts, Guid version, out Project project) =>
        TryGet((projectId, parts), out project) && project.Version == version;

    /// <summary>Keeps the copy under its own version, replacing the project's older copy of the same parts.</summary>
    public void Keep(ProjectParts parts, Project project) => Keep((project.Id, parts), project);
}
