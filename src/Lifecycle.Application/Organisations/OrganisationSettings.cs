using Lifecycle.Application.Publication;
using Lifecycle.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Organisations;

/// <summary>The settings an organisation administrator controls, and the version they were read at.</summary>
/// <param name="AnyToolPublished">Whether a tool has ever been published under <paramref name="PublicAddress"/>, which then never changes.</param>
public sealed record SettingsView(string SecurityMarking, bool RequireTwoFactor, Guid Version, string PublicAddress, bool AnyToolPublished);

/// <summary>Reads and changes the settings an organisation administrator controls.</summary>
public sealed class OrganisationSettings(ILifecycleDbContext db, TimeProvider clock)
{
    public async Task<SettingsView> ReadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var settings = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
                .Select(o => new SettingsView(o.SecurityMarking, o.RequireTwoFactor, o.Version, o.PublicAddress, false))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Organisation {organisationId}");
        return settings with { AnyToolPublished = await db.AnyToolPublishedAsync(organisationId, cancellationToken) };
    }

    /// <summary>
    /// Chooses the organisation's public address; refused (a <see cref="BusinessRuleViolationException"/>) once a tool has been
    /// published under it, or if it is badly formed or another organisation's; <see cref="ConcurrencyConflictException"/> when
    /// another administrator saved first.
    /// </summary>
    public async Task ChangePublicAddressAsync(Guid organisationId, string address, Guid expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException($"Organisation {organisationId}");
        if (organisation.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        db.ExpectVersion(organisation, expectedVersion);
        organisation.ChangePublicAddress(address, await db.PublicAddressesInUseAsync(cancellationToken), await db.AnyToolPublishedAsync(organisationId, cancellationToken),
            actor, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException)
        {
            // Another organisation took the address between the check and the save: the unique index refused it.
            throw new BusinessRuleViolationException([new PublicAddressMustBeFreeRule(address.Trim().ToLowerInvariant(), [address.Trim().ToLowerInvariant()])]);
        }
    }

    /// <summary>Refused with <see cref="ConcurrencyConflictException"/> when another administrator saved first.</summary>
    public async Task SaveAsync(Guid organisationId, string marking, bool requireTwoFactor, Guid expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException($"Organisation {organisationId}");
        if (organisation.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        db.ExpectVersion(organisation, expectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var markingChanged = organisation.ChangeSecurityMarking(marking, actor, now);
        if (!organisation.ChangeTwoFactorRequirement(requireTwoFactor, actor, now) && !markingChanged)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }
}
