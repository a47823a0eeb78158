using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Organisations;

/// <summary>The settings an organisation administrator controls, and the version they were read at.</summary>
public sealed record SettingsView(string SecurityMarking, bool RequireTwoFactor, Guid Version);

/// <summary>Reads and changes the settings an organisation administrator controls.</summary>
public sealed class OrganisationSettings(ILifecycleDbContext db, TimeProvider clock)
{
    public async Task<SettingsView> ReadAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new SettingsView(o.SecurityMarking, o.RequireTwoFactor, o.Version))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Organisation {organisationId}");

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
