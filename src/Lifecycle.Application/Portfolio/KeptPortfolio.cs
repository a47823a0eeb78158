using System.Globalization;
using System.Security.Cryptography;
using Lifecycle.Application.Caching;
using Lifecycle.Application.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Portfolio;

/// <summary>
/// The portfolio page's answers, kept under a digest of every project of the organisation (its id and version). Every
/// change to a project gives it a new version, so the digest changes whenever any answer could: a page asked for again
/// before anything changed costs one query of the organisation's project versions instead of a pass over all its
/// projects for each answer. The digest is read once per request. The CSV export reads the portfolio directly.
/// </summary>
public sealed class KeptPortfolio(ILifecycleDbContext db, GetPortfolio portfolio, GetAwaitingSignOffs awaiting, KeptAnswers kept)
{
    private (Guid OrganisationId, string Digest)? read;

    public async Task<PortfolioPage> PageAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today, int pageNumber,
        CancellationToken cancellationToken) =>
        await KeptOrMadeAsync<PortfolioPage>(organisationId, Question(personId, isOrganisationAdministrator, filter, today, pageNumber),
            () => portfolio.PageAsync(organisationId, personId, isOrganisationAdministrator, filter, today, pageNumber, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<PortfolioRow>> ForAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today,
        CancellationToken cancellationToken) =>
        await KeptOrMadeAsync<IReadOnlyList<PortfolioRow>>(organisationId, Question(personId, isOrganisationAdministrator, filter, today, pageNumber: 0),
            () => portfolio.ForAsync(organisationId, personId, isOrganisationAdministrator, filter, today, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AwaitingSignOff>> AwaitingAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        await KeptOrMadeAsync<IReadOnlyList<AwaitingSignOff>>(organisationId, $"{personId:N}",
            () => awaiting.ForAsync(organisationId, personId, cancellationToken), cancellationToken);

    /// <summary>Everything an answer depends on besides the projects: who asks, the filter, the day, the page.</summary>
    private static string Question(Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today, int pageNumber) =>
        string.Join(':',
            personId.ToString("N"), isOrganisationAdministrator, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), pageNumber,
            filter.Phase, filter.Stage, filter.Status, filter.Review, filter.AwaitingMySignOff, filter.Sort, filter.MyRole,
            KeptKeys.Text(filter.Search));

    private async Task<T> KeptOrMadeAsync<T>(Guid organisationId, string question, Func<Task<T>> make, CancellationToken cancellationToken)
        where T : class
    {
        if (read?.OrganisationId != organisationId)
        {
            read = (organisationId, await DigestAsync(organisationId, cancellationToken));
        }

        return await kept.GetOrMakeAsync(KeptKeys.Portfolio<T>(organisationId, read.Value.Digest, question), make);
    }

    private async Task<string> DigestAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.Where(p => p.OrganisationId == organisationId).Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var project in projects.OrderBy(p => p.Id))
        {
            hash.AppendData(project.Id.ToByteArray());
            hash.AppendData(project.Version.ToByteArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
