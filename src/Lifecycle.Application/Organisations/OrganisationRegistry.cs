using Lifecycle.Application.Publication;
using Lifecycle.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Organisations;

/// <summary>Adding an organisation with its first administrator: both are saved, or neither is.</summary>
public sealed class OrganisationRegistry(ILifecycleDbContext db)
{
    public Task<Organisation?> NamedAsync(string name, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == name, cancellationToken);

    public Task<IReadOnlyCollection<string>> PublicAddressesInUseAsync(CancellationToken cancellationToken) => db.PublicAddressesInUseAsync(cancellationToken);

    /// <summary>
    /// Adds the organisation, recording <paramref name="created"/> in its trail, then runs <paramref name="addFirstAdministrator"/>
    /// in the same transaction; when that returns false nothing is kept. Whatever it queued (an invitation) is saved with it.
    /// </summary>
    public async Task<bool> AddAsync(Organisation organisation, RecordedChange created, Func<Task<bool>> addFirstAdministrator, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organisations.Add(organisation);
        db.RecordOrganisationChange(organisation.Id, created);
        await db.SaveChangesAsync(cancellationToken);
        if (!await addFirstAdministrator())
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
