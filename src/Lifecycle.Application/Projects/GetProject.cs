using Lifecycle.Application.Caching;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>Reads a project for display; changes made to it are never saved.</summary>
public sealed class GetProject
{
    private readonly ILifecycleDbContext db;
    private readonly KeptAnswers kept;
    private readonly ProjectParts alwaysLoaded;

    public GetProject(ILifecycleDbContext db, KeptAnswers kept)
        : this(db, kept, ProjectParts.None)
    {
    }

    /// <summary>Tests load every part whatever a page asks for, to check a page's parts give the same answers.</summary>
    internal GetProject(ILifecycleDbContext db, KeptAnswers kept, ProjectParts alwaysLoaded)
    {
        this.db = db;
        this.kept = kept;
        this.alwaysLoaded = alwaysLoaded;
    }

    /// <summary>The whole project.</summary>
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        ForAsync(projectId, organisationId, ProjectParts.All, cancellationToken);

    /// <summary>The project with only the parts a page reads (see <see cref="ProjectViews"/>).</summary>
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, ProjectParts parts, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadAsync(projectId, organisationId, parts | alwaysLoaded, cancellationToken);

    /// <summary>
    /// A copy of the project with the parts a page reads, shared by every request that reads the same version: when the
    /// project has not changed since it was last read this costs one small query. Only for pages that show the project
    /// and never change the copy: the copy refuses any change (<see cref="Project.ShareReadOnly"/>).
    /// </summary>
    public Task<Project> SharedCopyAsync(Guid projectId, Guid organisationId, ProjectParts parts, CancellationToken cancellationToken) =>
        SharedCopyAsync(projectId, organisationId, _ => parts, cancellationToken);

    /// <summary>As <see cref="SharedCopyAsync(Guid, Guid, ProjectParts, CancellationToken)"/>, with parts that depend on the stage the project has reached.</summary>
    public async Task<Project> SharedCopyAsync(Guid projectId, Guid organisationId, Func<int, ProjectParts> partsAtStage, CancellationToken cancellationToken)
    {
        var now = await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId)
            .Select(p => new { p.Version, CurrentStage = p.Stages.Where(s => s.CompletedAt == null).Select(s => s.StageNumber).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Project");
        var parts = partsAtStage(now.CurrentStage) | alwaysLoaded;
        if (kept.TryGet(KeptKeys.ProjectCopy(organisationId, projectId, now.Version, parts), out var copy))
        {
            return copy;
        }

        // Changed since the version was read? Then this copy is newer, and is kept under its own version.
        copy = await ForAsync(projectId, organisationId, parts, cancellationToken);
        copy.ShareReadOnly();
        kept.Keep(KeptKeys.ProjectCopy(organisationId, projectId, copy.Version, parts), copy);
        return copy;
    }

    /// <summary>Several whole projects of the organisation, read together (ids not found are left out).</summary>
    public Task<IReadOnlyList<Project>> ManyAsync(IReadOnlyCollection<Guid> projectIds, Guid organisationId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadManyAsync(projectIds, organisationId, cancellationToken);

    /// <summary>Only the name, for pages about something else of the project (its audit trail).</summary>
    public async Task<string> NameAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Project");
}
