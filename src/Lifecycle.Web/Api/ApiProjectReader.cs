using Lifecycle.Application.Caching;
using Lifecycle.Application.Publication;
using Lifecycle.Domain.Common;

namespace Lifecycle.Web.Api;

/// <summary>
/// Reads projects for the API. A project's summary needs the whole project (the gate and sign-off rules read nearly
/// every record), so each is kept per project version (<see cref="KeptAnswers"/>) and a page loads only the
/// projects that changed since, all in one round of queries.
/// </summary>
public sealed class ApiProjectReader(ProjectVersions versions, GetProject getProject, KeptAnswers cache, PublicTools publicTools, TimeProvider clock)
{
    /// <summary>A summary as kept: the public page address depends on the organisation's address, so it is added per read.</summary>
    public sealed record Kept(ApiProject Project, string? PublicSlug);

    public DateOnly Today => UkCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>The organisation's projects, oldest first, so paging through stays steady while new projects are added.</summary>
    public async Task<(IReadOnlyList<ApiProject> Items, int TotalItems)> PageAsync(Guid organisationId, PageRequest request, CancellationToken cancellationToken)
    {
        var (rows, total) = await versions.PageAsync(organisationId, (request.Page - 1) * request.PageSize, request.PageSize, cancellationToken);

        var today = Today;
        var kept = new Dictionary<Guid, Kept>();
        foreach (var row in rows)
        {
            if (cache.TryGet(KeptKeys.ProjectAnswer<Kept>(organisationId, row.Id, row.Version, today), out var found))
            {
                kept[row.Id] = found;
            }
        }

        var changed = rows.Where(r => !kept.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        if (changed.Count > 0)
        {
            foreach (var project in await getProject.ManyAsync(changed, organisationId, cancellationToken))
            {
                kept[project.Id] = Summarise(project, today);
            }
        }

        var items = new List<ApiProject>(rows.Count);
        var organisationSlug = kept.Values.Any(k => k.PublicSlug is not null) ? await publicTools.OrganisationSlugAsync(organisationId, cancellationToken) : null;
        foreach (var row in rows.Where(r => kept.ContainsKey(r.Id)))
        {
            items.Add(WithPublicPage(kept[row.Id], organisationSlug));
        }

        return (items, total);
    }

    /// <summary>One project of the organisation; another organisation's reads as not found.</summary>
    public async Task<ApiProject> OneAsync(Guid organisationId, Guid projectId, CancellationToken cancellationToken)
    {
        var version = await versions.OfAsync(projectId, organisationId, cancellationToken);
        var today = Today;
        if (!cache.TryGet(KeptKeys.ProjectAnswer<Kept>(organisationId, projectId, version, today), out var kept))
        {
            kept = Summarise(await getProject.ForAsync(projectId, organisationId, cancellationToken), today);
        }

        var organisationSlug = kept.PublicSlug is null ? null : await publicTools.OrganisationSlugAsync(organisationId, cancellationToken);
        return WithPublicPage(kept, organisationSlug);
    }

    /// <summary>The project with the records a sub-resource reads.</summary>
    public Task<Project> ProjectAsync(Guid organisationId, Guid projectId, ProjectParts parts, CancellationToken cancellationToken) =>
        getProject.ForAsync(projectId, organisationId, parts, cancellationToken);

    private Kept Summarise(Project project, DateOnly today)
    {
        var kept = new Kept(ApiProject.From(project, today), project.IsTransparencyRecordPublished ? project.PublicSlug : null);
        cache.Keep(KeptKeys.ProjectAnswer<Kept>(project.OrganisationId, project.Id, project.Version, today), kept);
        return kept;
    }

    private static ApiProject WithPublicPage(Kept kept, string? organisationSlug) =>
        kept.PublicSlug is null || organisationSlug is null
            ? kept.Project
            : kept.Project with { Transparency = kept.Project.Transparency with { PublicPage = $"/public/{organisationSlug}/{kept.PublicSlug}" } };
}
