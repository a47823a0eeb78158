using Lifecycle.Application.Audit;

namespace Lifecycle.Web.Display;

/// <summary>What the audit trail partial shows: a page of a trail, the filters that chose it, and how to link to another page.</summary>
public sealed record AuditTrailView(AuditTrailPage Trail, AuditQuery Query, Func<int, string> LinkTo);
