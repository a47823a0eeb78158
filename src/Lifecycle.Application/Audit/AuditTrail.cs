using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Audit;

/// <summary>A whole trail with a full check of its chain (for exports).</summary>
public sealed record AuditTrail(IReadOnlyList<AuditEntry> Entries, AuditVerification Verification);

/// <summary>Which entries of a trail to show: by kind of change and by who made it (both optional).</summary>
public sealed record AuditFilter(string? Kind = null, Guid? ActorId = null)
{
    public static readonly AuditFilter None = new();
}

/// <summary>One page of a trail, newest first, with what the filters can offer and how the chain stands.</summary>
/// <param name="FullCheck">The last full check of the chain (null if it has never been checked in full).</param>
public sealed record AuditTrailPage(
    IReadOnlyList<AuditEntry> Entries,
    int Matching,
    int Page,
    int PageSize,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<(Guid Id, string Name)> People,
    AuditVerification Verification,
    AuditCheckpoint? FullCheck)
{
    public int PageCount => Paging.PageCount(Matching, PageSize);
}
