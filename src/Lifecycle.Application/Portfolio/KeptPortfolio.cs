using System.Security.Cryptography;
using Lifecycle.Application.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Portfolio;

/// <summary>
/// The portfolio page's answers, kept under a digest of every project of the organisation (its id and version). Every
/// change to a project gives it a new version, so the digest changes whenever any answer could: a page asked for again
/// before anything changed costs one query of the organisation's project versions instead of a pass over all its
/// projects for each answer. The digest is read once per request. The CSV export reads the portfolio directly.
/// </summary>
public sealed class KeptPortfolio(ILifecycleDbContext db, GetPortfolio portfolio, GetAwaitingSignOffs awaiting, KeptPortfolioAnswers kept)
{
    private (Guid OrganisationId, string Digest)? read;

    public async Task<PortfolioPage> PageAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today, int pageNumber,
        CancellationToken cancellationToken) =>
        (PortfolioPage)await KeptOrMadeAsync(organisationId, ("page", personId, isOrganisationAdministrator, filter, today, pageNumber),
            async () => await portfolio.PageAsync(organisationId, personId, isOrganisationAdministrator, filter, today, pageNumber, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<PortfolioRow>> ForAsync(Guid organisationId, Guid personId, bool isOrganisationAdministrator, PortfolioFilter filter, DateOnly today,
        CancellationToken cancellationToken) =>
        (IReadOnlyList<PortfolioRow>)await KeptOrMadeAsync(organisationId, ("rows", personId, isOrganisationAdministrator, filter, today),
            async () => await portfolio.ForAsync(organisationId, personId, isOrganisationAdministrator, filter, today, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AwaitingSignOff>> AwaitingAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        (IReadOnlyList<AwaitingSignOff>)await KeptOrMadeAsync(organisationId, ("awaiting", personId),
            async () => await awaiting.ForAsync(organisationId, personId, cancellationToken), cancellationToken);

    // One entry per question: a change to any project replaces the organisation's answers instead of adding to them.
    private async Task<object> KeptOrMadeAsync(Guid organisationId, object question, Func<Task<object>> make, CancellationToken cancellationToken)
    {
        if (read?.OrganisationId != organisationId)
        {
            read = (organisationId, await DigestAsync(organisationId, cancellationToken));
        }

        var key = new KeptPortfolioAnswers.Key(organisationId, question);
        if (kept.TryGet(key, out var answer) && answer.Digest == read.Value.Digest)
        {
            return answer.Value;
        }

        var value = await make();
        kept.Keep(key, new KeptPortfolioAnswers.Answer(read.Value.Digest, value));
        return value;
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

/// <summary>The portfolio's kept answers (see <see cref="KeptPortfolio"/>).</summary>
public sealed class KeptPortfolioAnswers() : BoundedStore<KeptPortfolioAnswers.Key, KeptPortfolioAnswers.Answer>(Limit)
{
    public const int Limit = 500;

    /// <param name="Question">The answer asked for and everything it depends on besides the projects: who asks, the filter, the day.</param>
    public sealed record Key(Guid OrganisationId, object Question);

    /// <param name="Digest">The organisation's projects (ids and versions) the answer was worked out from.</param>
    public sealed record Answer(string Digest, object Value);
}
