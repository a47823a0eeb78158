using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Web.Setup;

/// <summary>
/// Console commands run against the database before anyone can sign in (see README):
/// <c>setup create-organisation …</c> creates an organisation and its first administrator and prints a
/// one-time invitation link; <c>setup grant-service-administrator --email …</c> lets that person add
/// organisations from the app; <c>setup migrate</c> brings the schema up to date and stops, so that a
/// login allowed to change the schema is used only for that (docker-compose.yml). Run as <c>dotnet Lifecycle.Web.dll setup …</c> or
/// <c>docker compose run --rm web setup …</c>.
/// </summary>
public sealed class SetupCommand(OrganisationSetup setup, UserManager<Person> users, ISchemaStatus schema, Lifecycle.Application.Organisations.AccountEvents events,
    IHostEnvironment environment, IServiceProvider services)
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

        return arguments switch
        {
            { Command: SetupArguments.GrantServiceAdministrator } => await GrantServiceAdministratorAsync(arguments.AdminEmail, output),
            { Command: SetupArguments.Migrate } => await ReportMigrationsAsync(output, cancellationToken),
            { Command: SetupArguments.SeedScale } => await SeedScaleAsync(arguments.Scale!, output, cancellationToken),
            _ => await CreateOrganisationAsync(arguments, output, cancellationToken),
        };
    }

    private async Task<int> CreateOrganisationAsync(SetupArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await setup.SetUpAsync(new NewOrganisation(arguments.Name!, arguments.OnsCode, arguments.AdminName!, arguments.AdminEmail), Console, cancellationToken);
        await output.WriteLineAsync(result.Message + ".");
        if (result.OrganisationId is { } organisationId)
        {
            // Settings keyed by organisation (single sign-on) name it without hyphens, as configuration keys do.
            await output.WriteLineAsync($"Organisation id (for settings such as SingleSignOn__Organisations__<id>__Authority): {organisationId:N}");
        }

        if (result.InvitationLink is { } link)
        {
            var email = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Lifecycle.Infrastructure.Email.EmailOptions>>().Value;
            await output.WriteLineAsync(email.SendsEmail(environment.IsDevelopment())
                ? "The invitation email is queued: the running app sends it (start the web app if it is not running). Or send them this link to set their password (it works once):"
                : "Email is not set up (Email__Transport is None), so no invitation email is sent. Send them this link to set their password (it works once):");
            await output.WriteLineAsync(link);
        }

        return result.Status switch
        {
            SetupStatus.Created or SetupStatus.AlreadySetUp => Succeeded,
            SetupStatus.Invalid => BadArguments,
            _ => Refused,
        };
    }

    /// <summary>The migrations ran as the app started (unless Database:MigrateOnStartup is false); say where the schema stands.</summary>
    private async Task<int> ReportMigrationsAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var state = await schema.ReadAsync(cancellationToken);
        var pending = state.Pending;
        if (pending.Count > 0)
        {
            await output.WriteLineAsync($"{pending.Count} migration(s) have not been applied: set Database__MigrateOnStartup=true for this command, with a login allowed to change the schema.");
            return Refused;
        }

        var applied = state.Applied;
        await output.WriteLineAsync($"The database is up to date: {applied.Count} migrations applied, the latest {(applied.Count > 0 ? applied[^1] : "none")}.");
        return Succeeded;
    }

    /// <summary>Made-up organisations whose people share the demo password: never outside Development.</summary>
    private async Task<int> SeedScaleAsync(ScaleSeedRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            await output.WriteLineAsync($"seed-scale only runs in Development (ASPNETCORE_ENVIRONMENT=Development): it makes made-up organisations whose people share a published password. This is {environment.EnvironmentName}.");
            return Refused;
        }

        await output.WriteLineAsync($"Making {request.Organisations} organisations, {request.Projects} projects (the largest organisation {request.LargestOrganisationProjects}) and at least {request.AuditEntries} audit entries…");
        var seeded = await services.GetRequiredService<ScaleSeeder>().SeedAsync(request, output.WriteLine, cancellationToken);
        await output.WriteLineAsync($"Done in {seeded.Took.TotalSeconds:F0} s: {seeded.Organisations} organisations, {seeded.People} people, {seeded.Projects} projects, {seeded.AuditEntries} audit entries.");
        await output.WriteLineAsync($"Sign in as {ScaleSeeder.EmailOf(0, ScaleRole.Manager)} (the largest organisation's project manager) with the demo password.");
        return Succeeded;
    }

    /// <summary>Service administrators add organisations from the app; only this command makes one.</summary>
    private async Task<int> GrantServiceAdministratorAsync(string email, TextWriter output)
    {
        if (await users.FindByEmailAsync(email) is not { } person)
        {
            await output.WriteLineAsync($"Nobody has the email address {email}. Create their organisation first, or check the address.");
            return Refused;
        }

        if (person.IsServiceAdministrator)
        {
            await output.WriteLineAsync($"{person.DisplayName} is already a service administrator: nothing to do.");
            return Succeeded;
        }

        person.IsServiceAdministrator = true;
        events.Note(person.OrganisationId, "ServiceAdministratorGranted", new Actor(person.Id, person.DisplayName), after: Snapshot.Of(new { person.Email }), by: Console);
        await users.UpdateAsync(person);
        await users.UpdateSecurityStampAsync(person);
        await output.WriteLineAsync($"{person.DisplayName} is now a service administrator: they can list organisations and add new ones, but not read any organisation's projects.");
        return Succeeded;
    }
}
