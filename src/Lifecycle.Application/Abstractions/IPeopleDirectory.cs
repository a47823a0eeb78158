namespace Lifecycle.Application.Abstractions;

/// <summary>The people of an organisation, as use cases need to see them.</summary>
public interface IPeopleDirectory
{
    Task<PersonSummary?> FindAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonSummary>> ListAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>How many people each organisation on this instance has (for service administrators: numbers, never names).</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountByOrganisationAsync(CancellationToken cancellationToken);
}
