using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Infrastructure.Identity;

internal sealed class PeopleDirectory(LifecycleDbContext db) : IPeopleDirectory
{
    public Task<PersonSummary?> FindAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        Summaries(organisationId).SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);

    public async Task<IReadOnlyList<PersonSummary>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await Summaries(organisationId).OrderBy(p => p.DisplayName).ToListAsync(cancellationToken);

    private IQueryable<PersonSummary> Summaries(Guid organisationId) =>
        db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId)
            .Select(u => new PersonSummary(u.Id, u.DisplayName, u.Email!, u.JobTitle, u.IsOrganisationAdministrator));
}
