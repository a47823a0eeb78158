using System.Diagnostics;
using Lifecycle.Application.Publication;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Seeding;

/// <summary>What <see cref="ScaleSeeder"/> makes: the first organisation holds <see cref="LargestOrganisationProjects"/>, the rest share the remainder.</summary>
public sealed record ScaleSeedRequest(int Organisations, int Projects, int LargestOrganisationProjects, long AuditEntries);

public sealed record ScaleSeedResult(int Organisations, int People, int Projects, long AuditEntries, TimeSpan Took);

/// <summary>
/// Fills a Development database with the data of a national instance, for the load benchmark:
/// organisations with a team each, projects spread over all ten stages and every status, made
/// through the domain with the sample records (so every gate they passed was really met and
/// every audit chain is real), each with revisions to its description until the audit trail
/// holds about the entries asked for. Saved in batches with the change tracker cleared between them.
/// </summary>
public sealed class ScaleSeeder(LifecycleDbContext db, UserManager<Person> users, TimeProvider clock)
{
    private const int ProjectsPerSave = 40;

    public static string EmailOf(int organisationIndex, ScaleRole role) => $"{role.ToString().ToLowerInvariant()}@org{organisationIndex + 1:D3}.scale.lifecycle.test";

    public async Task<ScaleSeedResult> SeedAsync(ScaleSeedRequest request, Action<string> report, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(20261202);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var auditBefore = await db.AuditEntries.LongCountAsync(cancellationToken);

        var passwordHash = users.PasswordHasher.HashPassword(new Person(), DemoAccounts.Password);
        var teams = new List<ScaleTeam>();
        for (var index = 0; index < request.Organisations; index++)
        {
            teams.Add(await CreateOrganisationAsync(index, passwordHash, now, cancellationToken));
        }

        report($"{teams.Count} organisations and {teams.Count * ScaleTeam.Roles.Count} people created ({watch.Elapsed.TotalSeconds:F0} s).");

        var made = 0;
        long audit = 0;
        foreach (var (team, count) in teams.Zip(ProjectsPerOrganisation(request)))
        {
            for (var i = 0; i < count; i++)
            {
                var auditWanted = (request.AuditEntries - audit) / (request.Projects - made);
                var project = MakeProject(team, made, auditWanted, random, now);
                audit += project.PendingChanges.Count;
                db.Projects.Add(project);
                if (++made % ProjectsPerSave == 0)
                {
                    await SaveBatchAsync(cancellationToken);
                }

                if (made % 1000 == 0)
                {
                    report($"{made} projects ({watch.Elapsed.TotalSeconds:F0} s).");
                }
            }
        }

        await SaveBatchAsync(cancellationToken);
        audit = await db.AuditEntries.LongCountAsync(cancellationToken) - auditBefore;
        return new ScaleSeedResult(teams.Count, teams.Count * ScaleTeam.Roles.Count, made, audit, watch.Elapsed);
    }

    private static IEnumerable<int> ProjectsPerOrganisation(ScaleSeedRequest request)
    {
        var largest = Math.Min(request.LargestOrganisationProjects, request.Projects);
        yield return largest;
        var others = request.Organisations - 1;
        for (var i = 0; i < others; i++)
        {
            var remaining = request.Projects - largest;
            yield return (remaining / others) + (i < remaining % others ? 1 : 0);
        }
    }

    private async Task<ScaleTeam> CreateOrganisationAsync(int index, string passwordHash, DateTime now, CancellationToken cancellationToken)
    {
        var organisation = Organisation.Create(Guid.NewGuid(), ScaleNames.Organisation(index), null, now.AddYears(-3), await db.PublicAddressesInUseAsync(cancellationToken));
        db.Organisations.Add(organisation);
        var people = ScaleTeam.Roles.Select(role => new Person
        {
            Id = Guid.NewGuid(),
            UserName = EmailOf(index, role),
            Email = EmailOf(index, role),
            EmailConfirmed = true,
            DisplayName = ScaleNames.Person(index, role),
            JobTitle = role.ToString(),
            OrganisationId = organisation.Id,
            IsOrganisationAdministrator = role == ScaleRole.Admin,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        }).ToList();
        foreach (var person in people)
        {
            person.NormalizedEmail = users.NormalizeEmail(person.Email);
            person.NormalizedUserName = users.NormalizeName(person.UserName);
            db.Users.Add(person);
        }

        await SaveBatchAsync(cancellationToken);
        return new ScaleTeam(organisation.Id, organisation.Name, people);
    }

    /// <param name="auditWanted">
    /// How many audit entries the project should bring: after its records, the team revises its description
    /// until it has that many (a stage's fresh start has few entries, a live tool's many).
    /// </param>
    private static Project MakeProject(ScaleTeam team, int number, long auditWanted, Random random, DateTime now)
    {
        var stage = 1 + (number % 10);
        var start = now.AddDays(-random.Next(60, 3 * 365));
        var project = Project.Register(Guid.NewGuid(), team.OrganisationId,
            new ProjectDetails(ScaleNames.Project(number), "A tool made by the scale seeder for the load benchmark.", ApplicabilityFacts.None with { IsPredictive = true }),
            team.Actor(ScaleRole.Admin), start);
        foreach (var (role, projectRole) in ScaleTeam.ProjectRoles)
        {
            var person = team.Person(role);
            project.AssignRole(person.Id, person.DisplayName, projectRole, team.Actor(ScaleRole.Admin), start);
        }

        var cast = new SampleCast(team.Actor(ScaleRole.Manager), team.Actor(ScaleRole.Analyst), team.Actor(ScaleRole.Leader));
        SampleLiveRecords.FillToFirstReview(project, cast, team.OrganisationName, start, TimeSpan.FromHours(2), Math.Min(stage, Project.MonitoringStage));
        var after = start.AddDays(52);
        for (var revision = 1; project.PendingChanges.Count < auditWanted; revision++)
        {
            project.ChangeDetails(new ProjectDetails(project.Name, $"A tool made by the scale seeder for the load benchmark (revision {revision}).", project.Facts),
                cast.Manager, after.AddMinutes(revision));
        }

        if (stage == Project.RetirementStage)
        {
            var at = after.AddDays(1);
            SampleRecords.ResolveChecklist(project, cast, () => at = at.AddMinutes(1), everyItem: true);
            project.ProposeRetirement("Replaced by the regional model; the data feed ends this year.", cast.Manager, at);
            project.DecideSignOff(SignOffKind.Retirement, Decision.Approved, "Agreed: retire it at the end of the quarter.", cast.Leader, at.AddHours(1));
            if (number % 20 == 19)
            {
                project.ArchiveTransparencyRecord(DateOnly.FromDateTime(at.AddDays(30)), cast.Manager, at.AddDays(30));
                foreach (var question in LifecycleFramework.WorkbookQuestionsOf(Phase.Implement))
                {
                    project.ConfirmWorkbookAnswer(question.Number, cast.Practitioner, at.AddDays(30));
                }

                SampleRecords.ResolveChecklist(project, cast, () => at = at.AddMinutes(1), everyItem: true);
                project.AdvanceStage(cast.Manager, at.AddMinutes(1));
            }
        }
        else if (number % 17 == 3)
        {
            project.PutOnHold("Waiting for the new case management system's data feed.", cast.Manager, after.AddDays(1));
        }
        else if (number % 23 == 5)
        {
            project.Stop("The service it supported was recommissioned.", cast.Manager, after.AddDays(1));
        }

        return project;
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
