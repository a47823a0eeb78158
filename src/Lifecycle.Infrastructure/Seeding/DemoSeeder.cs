using Lifecycle.Application.Publication;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.Projects;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Lifecycle.Infrastructure.Seeding;

/// <summary>
/// Creates the demo organisation, its people and two projects once: one just registered, and one
/// live tool with every record from registration to its first monitoring review, so the pages and
/// exports have something to show.
/// Called only in Development.
/// </summary>
public sealed class DemoSeeder(LifecycleDbContext db, UserManager<Person> users, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == DemoAccounts.OrganisationName, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = Organisation.Create(Guid.NewGuid(), DemoAccounts.OrganisationName, null, now, await db.PublicAddressesInUseAsync(cancellationToken));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);

        var people = new List<(DemoAccount Account, Person Person)>();
        foreach (var account in DemoAccounts.All)
        {
            var person = new Person
            {
                Id = Guid.NewGuid(),
                UserName = account.Email,
                Email = account.Email,
                DisplayName = account.DisplayName,
                JobTitle = account.JobTitle,
                OrganisationId = organisation.Id,
                IsOrganisationAdministrator = account.IsAdministrator,
            };
            var result = await users.CreateAsync(person, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not create demo person: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            people.Add((account, person));
        }

        var admin = people.Single(p => p.Account.IsAdministrator).Person;
        var actor = new Actor(admin.Id, admin.DisplayName, IsOrganisationAdministrator: true);
        var project = Project.Register(Guid.NewGuid(), organisation.Id,
            new ProjectDetails("Early help needs dashboard", "A descriptive dashboard of early help demand by locality, to plan family hub capacity.", ApplicabilityFacts.None),
            actor, now);
        foreach (var (account, person) in people.Where(p => p.Account.Role is not null))
        {
            project.AssignRole(person.Id, person.DisplayName, account.Role!.Value, actor, now);
        }

        db.Projects.Add(project);
        db.Projects.Add(FilledProject(organisation.Id, people, actor, now));
        await db.SaveChangesAsync(cancellationToken);

        logger.LogWarning(
            "Demo organisation created. Sign in with any of these emails and the password {Password}: {Emails}",
            DemoAccounts.Password, string.Join(", ", DemoAccounts.All.Select(a => $"{a.Email} ({a.Role?.DisplayName() ?? "organisation administrator"})")));
    }

    private static Project FilledProject(Guid organisationId, List<(DemoAccount Account, Person Person)> people, Actor admin, DateTime now)
    {
        var start = now.AddDays(-60); // live about three weeks ago, so its next review is due within the fortnight
        var project = Project.Register(Guid.NewGuid(), organisationId,
            new ProjectDetails("Early help demand forecast", "Forecasts early help demand by locality a quarter ahead, so family hubs can plan staffing.",
                ApplicabilityFacts.None with { IsPredictive = true }),
            admin, start);
        foreach (var (account, person) in people.Where(p => p.Account.Role is not null))
        {
            project.AssignRole(person.Id, person.DisplayName, account.Role!.Value, admin, start);
        }

        Actor Holder(ProjectRole role) => people.Where(p => p.Account.Role == role).Select(p => new Actor(p.Person.Id, p.Person.DisplayName)).First();
        SampleLiveRecords.FillToFirstReview(project,
            new SampleCast(Holder(ProjectRole.ProjectManager), Holder(ProjectRole.DataPractitioner), Holder(ProjectRole.SeniorLeader)),
            DemoAccounts.OrganisationName, start, TimeSpan.FromHours(2));
        return project;
    }
}
