using Lifecycle.Domain.Transparency;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Publication;

/// <summary>
/// A published tool as the public sees it: its name, address, since when it is no longer used (retired, or the project
/// stopped), and the published copy of its record.
/// </summary>
public sealed record PublicTool(Guid ProjectId, Guid OrganisationId, string OrganisationName, string OrganisationSlug, string Name, string Slug,
    DateTime PublishedAt, DateTime? NoLongerUsedSince, PublishedTransparency Record);

public sealed record PublicOrganisation(string Name, string Slug, IReadOnlyList<PublicTool> Tools);

/// <summary>
/// What anyone may read without signing in: only published copies of transparency records. An organisation with no
/// published tool, a tool never published and a tool taken down all read as not found, so nothing can be learned
/// about what is not published. Nothing here reads any other record of a project.
/// </summary>
public sealed class PublicTools(ILifecycleDbContext db)
{
    public async Task<PublicOrganisation?> OrganisationAsync(string organisationSlug, CancellationToken cancellationToken)
    {
        if (await OrganisationBySlugAsync(organisationSlug, cancellationToken) is not { } organisation)
        {
            return null;
        }

        var tools = await PublishedAsync(db.Projects.Where(p => p.OrganisationId == organisation.Id), organisation, organisationSlug, cancellationToken);
        return tools.Count == 0 ? null : new PublicOrganisation(organisation.Name, organisationSlug, tools.OrderBy(t => t.NoLongerUsedSince is not null).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    public async Task<PublicTool?> ToolAsync(string organisationSlug, string toolSlug, CancellationToken cancellationToken)
    {
        if (await OrganisationBySlugAsync(organisationSlug, cancellationToken) is not { } organisation)
        {
            return null;
        }

        var tools = await PublishedAsync(db.Projects.Where(p => p.OrganisationId == organisation.Id && p.PublicSlug == toolSlug), organisation, organisationSlug, cancellationToken);
        return tools.SingleOrDefault();
    }

    /// <summary>The organisation's part of its tools' public addresses (kept on the organisation; see <see cref="Organisation.PublicAddress"/>).</summary>
    public Task<string> OrganisationSlugAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.PublicAddress).SingleAsync(cancellationToken);

    private async Task<(Guid Id, string Name)?> OrganisationBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await db.Organisations.AsNoTracking().Where(o => o.PublicAddress == slug).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Name);
    }

    private static async Task<List<PublicTool>> PublishedAsync(IQueryable<Project> projects, (Guid Id, string Name) organisation, string organisationSlug, CancellationToken cancellationToken)
    {
        var rows = await projects.AsNoTracking()
            .Where(p => p.PublishedTransparencyJson != null)
            .Select(p => new { p.Id, p.Name, p.PublicSlug, p.TransparencyPublishedAt, p.RetiredAt, p.StoppedAt, p.PublishedTransparencyJson })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublicTool(r.Id, organisation.Id, organisation.Name, organisationSlug, r.Name, r.PublicSlug!, r.TransparencyPublishedAt!.Value, r.RetiredAt ?? r.StoppedAt,
            PublishedTransparency.FromJson(r.PublishedTransparencyJson!))).ToList();
    }
}
