using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Audit;

/// <summary>
/// What a page of an intact trail shows (its entries, how many match, the filters' choices), kept with the trail's
/// newest entry: entries are only ever added, so the same newest entry means the same page. One entry per trail,
/// filter and page: a trail that grows replaces its pages instead of adding to them.
/// </summary>
public sealed class KeptAuditPages() : BoundedStore<KeptAuditPages.Key, KeptAuditPages.Contents>(Limit)
{
    public const int Limit = 500;

    public sealed record Key(Guid StreamId, Guid OrganisationId, AuditFilter Filter, int PageNumber);

    public sealed record Contents(ChainLink? Newest, IReadOnlyList<AuditEntry> Entries, int Matching, int Page, IReadOnlyList<string> Kinds, IReadOnlyList<(Guid Id, string Name)> People);
}
