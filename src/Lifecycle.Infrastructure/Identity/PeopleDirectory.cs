using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Persistence;

namespace Lifecycle.Infrastructure.Identity;

internal sealed class PeopleDirectory(LifecycleDbContext db) : IPeopleDirectory
{
    public Task<PersonSummary?> FindAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        Summaries(People(organisationId).Where(u => u.Id == personId)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonSummary>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await Summaries(People(organisationId).OrderBy(u => u.DisplayName)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, int>> CountByOrganisationAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().GroupBy(u => u.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private IQueryable<Person> People(Guid organisationId) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId);

    private static IQueryable<PersonSummary> Summaries(IQueryable<Person> people) =>
        people.Select(u => new PersonSummary(u.Id, u.DisplayName, u.Email!, u.JobTitle, u.IsOrganisationAdministrator, u.TwoFactorEnabled, u.WantsProjectEmails));
}
