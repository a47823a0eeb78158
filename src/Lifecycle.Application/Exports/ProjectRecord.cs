using Lifecycle.Application.Audit;

namespace Lifecycle.Application.Exports;

/// <summary>Everything an export draws on: the whole project, its organisation, its people and its audit trail.</summary>
public sealed record ProjectRecord(
    Project Project,
    string OrganisationName,
    string SecurityMarking,
    IReadOnlyDictionary<Guid, string> PeopleNames,
    AuditTrail Audit)
{
    public string NameOf(Guid personId) => PeopleNames.GetValueOrDefault(personId, "Someone no longer in the organisation");
}
