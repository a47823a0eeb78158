using Lifecycle.Application.Notifications;
using Lifecycle.Application.Organisations;
using Lifecycle.Domain.Organisations;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Setup;

public sealed record NewOrganisation(string Name, string? OnsCode, string AdminName, string AdminEmail);

public enum SetupStatus
{
    Created,
    AlreadySetUp,
    Refused,
    Invalid,
}

/// <summary>What setting up an organisation did: a sentence to show, and an invitation link when there is one to pass on.</summary>
/// <param name="OrganisationId">The organisation's id, which settings such as single sign-on are keyed by.</param>
public sealed record SetupResult(SetupStatus Status, string Message, string? InvitationLink = null, Guid? OrganisationId = null);

/// <summary>
/// Creates an organisation and its first administrator, for the console command and for service
/// administrators. Re-running with the same values changes nothing and, while the administrator has
/// not set a password, gives a fresh invitation link.
/// </summary>
public sealed class OrganisationSetup(
    OrganisationRegistry registry, AccountEvents events, UserManager<Person> users, PeopleAdministration people, IOptions<PublicAddress> publicAddress, IDataProtectionProvider dataProtection,
    IOutbox outbox, IHostEnvironment environment, TimeProvider clock)
{
    public async Task<SetupResult> SetUpAsync(NewOrganisation request, Actor actor, CancellationToken cancellationToken)
    {
        if (publicAddress.Value.BaseUri is null)
        {
            return new(SetupStatus.Refused, "Set App:PublicBaseUrl (for example App__PublicBaseUrl=https://lifecycle.council.gov.uk) first: the invitation link is built from it");
        }

        var name = request.Name.Trim();
        var existing = await registry.NamedAsync(name, cancellationToken);
        return existing is null ? await CreateAsync(request, actor, cancellationToken) : await RepeatAsync(existing, request, cancellationToken);
    }

    private async Task<SetupResult> CreateAsync(NewOrganisation request, Actor actor, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.AdminEmail.Trim()) is not null)
        {
            return new(SetupStatus.Refused, PeopleAdministration.EmailCannotBeUsed);
        }

        Organisation organisation;
        try
        {
            organisation = Organisation.Create(Guid.NewGuid(), request.Name, request.OnsCode, clock.GetUtcNow().UtcDateTime, await registry.PublicAddressesInUseAsync(cancellationToken),
                requireTwoFactor: !environment.IsDevelopment());
        }
        catch (ArgumentException invalid)
        {
            return new(SetupStatus.Invalid, invalid.Message.Split(" (Parameter", StringSplitOptions.None)[0].TrimEnd('.'));
        }
        catch (BusinessRuleViolationException refused)
        {
            return new(SetupStatus.Invalid, refused.BrokenRules[0].Refusal);
        }

        // The invitation token needs the Data Protection key ring, which is saved through a context of its
        // own: make it before the transaction, or on a new database (SQLite) that save waits on our lock.
        dataProtection.CreateProtector("Lifecycle.Setup").Protect([0]);

        var created = new RecordedChange("OrganisationCreated", organisation.Name, null,
            Snapshot.Of(new { organisation.Name, organisation.OnsCode, FirstAdministrator = request.AdminEmail.Trim() }), actor, organisation.CreatedAt);
        AddPersonResult? added = null;
        string? link = null;
        var saved = await registry.AddAsync(organisation, created, async () =>
        {
            added = await people.AddAsync(organisation.Id, new NewPerson(request.AdminName, request.AdminEmail, null, IsOrganisationAdministrator: true), actor);
            if (!added.Succeeded)
            {
                return false;
            }

            link = InvitationLink(added.PersonId!.Value, added.InvitationToken!);
            outbox.Enqueue(InvitationEmail.For(request.AdminEmail.Trim(), request.AdminName.Trim(), organisation.Name, link));
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return new(SetupStatus.Refused, string.Join(". ", added!.Errors));
        }

        return new(SetupStatus.Created, $"Created {organisation.Name} with {request.AdminName.Trim()} as its first administrator", link, organisation.Id);
    }

    private async Task<SetupResult> RepeatAsync(Organisation existing, NewOrganisation request, CancellationToken cancellationToken)
    {
        var admin = await users.FindByEmailAsync(request.AdminEmail.Trim());
        if (admin is null || admin.OrganisationId != existing.Id || !admin.IsOrganisationAdministrator)
        {
            return new(SetupStatus.Refused, $"An organisation called {existing.Name} already exists with a different first administrator. Choose another name, or ask its administrator to add people");
        }

        if (await users.HasPasswordAsync(admin))
        {
            return new(SetupStatus.AlreadySetUp, $"{existing.Name} is already set up, and {admin.DisplayName} has set their password: nothing to do");
        }

        await users.UpdateSecurityStampAsync(admin);
        var link = InvitationLink(admin.Id, await users.GeneratePasswordResetTokenAsync(admin));
        outbox.Enqueue(InvitationEmail.For(admin.Email!, admin.DisplayName, existing.Name, link));
        await events.SendQueuedAsync(cancellationToken);
        return new(SetupStatus.AlreadySetUp,
            $"{existing.Name} is already set up; {admin.DisplayName} has not set their password yet, so here is a new invitation link (the earlier one no longer works)", link);
    }

    private string InvitationLink(Guid personId, string token) => publicAddress.Value.InvitationLink(personId, token);
}
