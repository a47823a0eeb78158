using Lifecycle.Domain.Audit;

namespace Lifecycle.Application.Audit;

public sealed record AuditTrail(IReadOnlyList<AuditEntry> Entries, AuditVerification Verification);
