using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Audit;

/// <summary>
/// What a page of an intact trail shows (its entries, how many match, the filters' choices), kept under the trail's
/// newest entry: entries are only ever added, so the same newest entry means the same page.
/// </summary>
public sealed class KeptAuditPages() : BoundedStore<KeptAuditPages.Key, KeptAuditPages.Contents>(Limit)
{
    public const int Limit = 1_000;

    public sealed record Key(Guid StreamId, Guid OrganisationId, ChainLink? Newest, AuditFilter Filter, int PageNumber);

    public sealed record Contents(IReadOnlyList<AuditEntry> Entries, int Matching, int Page, IReadOnlyList<string> Kinds, IReadOnlyList<(Guid Id, string Name)> People);
}
