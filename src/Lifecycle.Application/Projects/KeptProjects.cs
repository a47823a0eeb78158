using Microsoft.Extensions.Caching.Memory;

namespace Lifecycle.Application.Projects;

/// <summary>
/// Display copies of projects, one per project and set of parts, kept with the version they were read at. Every change
/// to a project is recorded and gives it a new version, so a kept copy whose version matches is exactly what a fresh
/// load would give. Bounded: past <see cref="Limit"/> copies the least recently read go first.
/// </summary>
public sealed class KeptProjects : IDisposable
{
    public const int Limit = 2_000;

    private static readonly MemoryCacheEntryOptions Entry = new MemoryCacheEntryOptions()
        .SetSize(1)
        .SetSlidingExpiration(TimeSpan.FromMinutes(10));

    private readonly MemoryCache copies = new(new MemoryCacheOptions { SizeLimit = Limit });

    public bool TryGet(Guid projectId, ProjectParts parts, Guid version, out Project project)
    {
        if (copies.TryGetValue((projectId, parts), out Project? kept) && kept is not null && kept.Version == version)
        {
            project = kept;
            return true;
        }

        project = null!;
        return false;
    }

    /// <summary>Keeps the copy under its own version, replacing the project's older copy of the same parts.</summary>
    public void Keep(ProjectParts parts, Project project) => copies.Set((project.Id, parts), project, Entry);

    public void Dispose() => copies.Dispose();
}
