using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Projects;

/// <summary>Reads a project for display; changes made to it are never saved.</summary>
public sealed class GetProject
{
    private readonly ILifecycleDbContext db;
    private readonly ProjectParts alwaysLoaded;

    public GetProject(ILifecycleDbContext db)
        : this(db, ProjectParts.None)
    {
    }

    /// <summary>Tests load every part whatever a page asks for, to check a page's parts give the same answers.</summary>
    internal GetProject(ILifecycleDbContext db, ProjectParts alwaysLoaded)
    {
        this.db = db;
        this.alwaysLoaded = alwaysLoaded;
    }

    /// <summary>The whole project.</summary>
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        ForAsync(projectId, organisationId, ProjectParts.All, cancellationToken);

    /// <summary>The project with only the parts a page reads (see <see cref="ProjectViews"/>).</summary>
    public Task<Project> ForAsync(Guid projectId, Guid organisationId, ProjectParts parts, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadAsync(projectId, organisationId, parts | alwaysLoaded, cancellationToken);

    /// <summary>The project with the parts a page reads, which depend on the stage it has reached.</summary>
    public async Task<Project> ForAsync(Guid projectId, Guid organisationId, Func<int, ProjectParts> partsAtStage, CancellationToken cancellationToken)
    {
        var currentStage = await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId)
            .Select(p => p.Stages.Where(s => s.CompletedAt == null).Select(s => s.StageNumber).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        return await ForAsync(projectId, organisationId, partsAtStage(currentStage), cancellationToken);
    }

    /// <summary>Several whole projects of the organisation, read together (ids not found are left out).</summary>
    public Task<IReadOnlyList<Project>> ManyAsync(IReadOnlyCollection<Guid> projectIds, Guid organisationId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().LoadManyAsync(projectIds, organisationId, cancellationToken);

    /// <summary>Only the name, for pages about something else of the project (its audit trail).</summary>
    public async Task<string> NameAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Projects.Where(p => p.Id == projectId && p.OrganisationId == organisationId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Project");
}
