using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Audit;

/// <summary>
/// What a page of an intact trail shows (its entries, how many match, the filters' choices), kept with the trail's
/// newest entry: entries are only ever added, so the same newest entry means the same page.
/// </summary>
public sealed record AuditPageContents(ChainLink? Newest, IReadOnlyList<AuditEntry> Entries, int Matching, int Page, IReadOnlyList<string> Kinds, IReadOnlyList<(Guid Id, string Name)> People);
