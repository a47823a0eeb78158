using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Publication;

/// <summary>The public addresses organisations already have, which a new or renamed one must not take.</summary>
public static class PublicAddresses
{
    public static async Task<IReadOnlyCollection<string>> PublicAddressesInUseAsync(this ILifecycleDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Select(o => o.PublicAddress).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);

    /// <summary>Whether any tool of the organisation has ever been published (a published address is never cleared).</summary>
    public static Task<bool> AnyToolPublishedAsync(this ILifecycleDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        db.Projects.AnyAsync(p => p.OrganisationId == organisationId && p.PublicSlug != null, cancellationToken);
}
