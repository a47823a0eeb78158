using Lifecycle.Application.Audit;

namespace Lifecycle.Web.Display;

/// <summary>What the audit trail partial shows: a page of a trail, the filters that chose it, and how to link to another page.</summary>
/// <param name="CanCheckInFull">Whether this person may ask for every entry to be re-hashed now.</param>
public sealed record AuditTrailView(AuditTrailPage Trail, AuditQuery Query, Func<int, string> LinkTo, bool CanCheckInFull);
