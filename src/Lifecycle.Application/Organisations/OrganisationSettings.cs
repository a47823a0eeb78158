using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Organisations;

/// <summary>Reads and changes the settings an organisation administrator controls.</summary>
public sealed class OrganisationSettings(ILifecycleDbContext db, TimeProvider clock)
{
    public async Task<string> SecurityMarkingAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.SecurityMarking)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Organisation {organisationId}");

    public async Task ChangeSecurityMarkingAsync(Guid organisationId, string marking, Actor actor, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException($"Organisation {organisationId}");
        if (organisation.ChangeSecurityMarking(marking, actor, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
