using Lifecycle.Domain.Organisations;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Web.Tests.Support;

public sealed record TestPerson(Guid Id, Guid OrganisationId, string Email, string Name);

/// <summary>Creates organisations and people directly, as an administrator would, for tests to act as.</summary>
public static class TestPeople
{
    public const string Password = "correct horse battery";

    public static Task<Guid> OrganisationAsync(this LifecycleFactory factory, string name) =>
        factory.WithDbAsync(async db =>
        {
            var organisation = Organisation.Create(Guid.NewGuid(), name, null, DateTime.UtcNow, await Lifecycle.Application.Publication.PublicAddresses.PublicAddressesInUseAsync(db, CancellationToken.None));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

    public static Task<TestPerson> PersonAsync(this LifecycleFactory factory, Guid organisationId, string name, bool isAdministrator = false) =>
        factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Person>>();
            var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@council.test";
            var person = new Person
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                DisplayName = name,
                OrganisationId = organisationId,
                IsOrganisationAdministrator = isAdministrator,
            };
            var result = await users.CreateAsync(person, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return new TestPerson(person.Id, organisationId, email, name);
        });

    public static Task AssignAsync(this LifecycleFactory factory, Guid projectId, TestPerson person, ProjectRole role) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.FindAsync(projectId) ?? throw new InvalidOperationException("No such project");
            await db.Entry(project).Collection(p => p.Members).LoadAsync();
            // Back-dated so that sample records, which back-date their own steps, find the roles already held.
            project.AssignRole(person.Id, person.Name, role, new(Guid.Empty, "Test administrator", IsOrganisationAdministrator: true), DateTime.UtcNow.AddYears(-1));
            return await db.SaveChangesAsync();
        });
}
