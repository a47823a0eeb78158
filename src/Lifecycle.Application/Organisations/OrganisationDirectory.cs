using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Organisations;

/// <summary>Organisations by name, for the pages outside any project (sign-in, invitations, the service's list): never their projects.</summary>
public sealed class OrganisationDirectory(ILifecycleDbContext db)
{
    public Task<string> NameOfAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);

    /// <summary>The named organisations that exist, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> NamedAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
        .Select(o => (o.Id, o.Name)).ToList();

    /// <summary>Every organisation on this instance, by name.</summary>
    public async Task<IReadOnlyList<OrganisationListing>> AllAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganisationListing(o.Id, o.Name, o.OnsCode, o.CreatedAt)).ToListAsync(cancellationToken);
}

public sealed record OrganisationListing(Guid Id, string Name, string? OnsCode, DateTime CreatedAt);
