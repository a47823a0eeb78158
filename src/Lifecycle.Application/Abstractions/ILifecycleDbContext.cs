using Lifecycle.Domain.Audit;
using Lifecycle.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lifecycle.Application.Abstractions;

public interface ILifecycleDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<Project> Projects { get; }

    DbSet<ApiToken> ApiTokens { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<AuditSeal> AuditSeals { get; }

    DbSet<AuditCheckpoint> AuditCheckpoints { get; }

    DbSet<AuditTally> AuditTallies { get; }

    DbSet<Notifications.SentReminder> SentReminders { get; }

    /// <summary>Transactions and the migration history; the schema itself is made only by migrations.</summary>
    DatabaseFacade Database { get; }

    /// <summary>An organisation-wide change (a person added, a setting changed) for the organisation's audit trail, written with the next save.</summary>
    void RecordOrganisationChange(Guid organisationId, RecordedChange change);

    /// <summary>Makes the save fail if the project has changed since the user loaded the version they saw.</summary>
    void ExpectVersion(Project project, Guid version);

    void ExpectVersion(Domain.Organisations.Organisation organisation, Guid version);

    /// <summary>Forgets every change not yet saved (after a save that was refused, so the next one starts clean).</summary>
    void DiscardPendingChanges();

    /// <summary>Saves, appending every pending change to the audit trail in the same transaction.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
