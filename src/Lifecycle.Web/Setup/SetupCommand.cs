using Lifecycle.Domain.Common;
using Lifecycle.Domain.Organisations;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Persistence;
using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Setup;

/// <summary>
/// Creates an organisation and its first administrator from the server's console, the only way in
/// outside Development: <c>dotnet Lifecycle.Web.dll setup create-organisation …</c> (or
/// <c>docker compose run --rm web setup create-organisation …</c>). Prints a one-time invitation link.
/// Running it again with the same values changes nothing and prints a fresh link while the
/// administrator has not yet set a password.
/// </summary>
public sealed class SetupCommand(
    LifecycleDbContext db, UserManager<Person> users, PeopleAdministration people, IOptions<PublicAddress> publicAddress, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const int Succeeded = 0;
    public const int Refused = 1;
    public const int BadArguments = 2;

    /// <summary>Who the audit trail names for changes made from the console.</summary>
    public static readonly Actor Console = new(Guid.Empty, "Lifecycle setup (server console)", IsOrganisationAdministrator: true);

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "setup";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var (arguments, problems) = SetupArguments.Parse(args);
        if (arguments is null)
        {
            foreach (var problem in problems)
            {
                await output.WriteLineAsync(problem);
            }

            return BadArguments;
        }

        if (publicAddress.Value.BaseUri is null)
        {
            await output.WriteLineAsync("Set App:PublicBaseUrl (for example App__PublicBaseUrl=https://lifecycle.council.gov.uk) first: the invitation link is built from it.");
            return Refused;
        }

        var existing = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == arguments.Name, cancellationToken);
        return existing is null
            ? await CreateAsync(arguments, output, cancellationToken)
            : await RepeatAsync(existing, arguments, output);
    }

    private async Task<int> CreateAsync(SetupArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(arguments.AdminEmail) is not null)
        {
            await output.WriteLineAsync($"{PeopleAdministration.EmailCannotBeUsed}.");
            return Refused;
        }

        Organisation organisation;
        try
        {
            organisation = Organisation.Create(Guid.NewGuid(), arguments.Name, arguments.OnsCode, clock.GetUtcNow().UtcDateTime);
        }
        catch (ArgumentException invalid)
        {
            await output.WriteLineAsync(invalid.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            return BadArguments;
        }

        // The invitation token needs the Data Protection key ring, which is saved through a context of its
        // own: make it before the transaction, or on a new database (SQLite) that save waits on our lock.
        dataProtection.CreateProtector("Lifecycle.Setup").Protect([0]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organisations.Add(organisation);
        db.RecordOrganisationChange(organisation.Id, new RecordedChange("OrganisationCreated", organisation.Name, null,
            Snapshot.Of(new { organisation.Name, organisation.OnsCode, FirstAdministrator = arguments.AdminEmail }), Console, organisation.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);

        var added = await people.AddAsync(organisation.Id, new NewPerson(arguments.AdminName, arguments.AdminEmail, null, IsOrganisationAdministrator: true), Console);
        if (!added.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            foreach (var error in added.Errors)
            {
                await output.WriteLineAsync($"{error}.");
            }

            return Refused;
        }

        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync($"Created {organisation.Name} with {arguments.AdminName} as its first administrator.");
        await PrintInvitationAsync(added.PersonId!.Value, added.InvitationToken!, output);
        return Succeeded;
    }

    /// <summary>Re-running with the same values is safe; different values for an existing organisation are refused.</summary>
    private async Task<int> RepeatAsync(Organisation existing, SetupArguments arguments, TextWriter output)
    {
        var admin = await users.FindByEmailAsync(arguments.AdminEmail);
        if (admin is null || admin.OrganisationId != existing.Id || !admin.IsOrganisationAdministrator)
        {
            await output.WriteLineAsync($"An organisation called {existing.Name} already exists with a different first administrator. Choose another name, or ask its administrator to add people.");
            return Refused;
        }

        if (await users.HasPasswordAsync(admin))
        {
            await output.WriteLineAsync($"{existing.Name} is already set up, and {admin.DisplayName} has set their password: nothing to do.");
            return Succeeded;
        }

        await output.WriteLineAsync($"{existing.Name} is already set up; {admin.DisplayName} has not set their password yet, so here is a new invitation link (the earlier one no longer works).");
        await users.UpdateSecurityStampAsync(admin);
        await PrintInvitationAsync(admin.Id, await users.GeneratePasswordResetTokenAsync(admin), output);
        return Succeeded;
    }

    private async Task PrintInvitationAsync(Guid personId, string token, TextWriter output)
    {
        var path = QueryHelpers.AddQueryString("/account/accept-invitation", new Dictionary<string, string?> { ["person"] = personId.ToString(), ["token"] = token });
        await output.WriteLineAsync("Send them this link to set their password (it works once):");
        await output.WriteLineAsync(new Uri(publicAddress.Value.BaseUri!, path).ToString());
    }
}
