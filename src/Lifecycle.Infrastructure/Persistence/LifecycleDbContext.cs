using Lifecycle.Application.Abstractions;
using Lifecycle.Domain.Audit;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Engagement;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.Risks;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;
using Lifecycle.Domain.Transparency;
using Lifecycle.Domain.Triage;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Lifecycle.Infrastructure.Persistence;

/// <summary>One context for identity, the domain, the audit trail and Data Protection keys.</summary>
public sealed class LifecycleDbContext(DbContextOptions<LifecycleDbContext> options, IAuditSealer? sealer = null)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), ILifecycleDbContext, IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<AuditTally> AuditTallies => Set<AuditTally>();

    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    public DbSet<Application.Notifications.SentReminder> SentReminders => Set<Application.Notifications.SentReminder>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Signs each trail's seal; only design-time tools (migrations) make a context without one, and they never audit.</summary>
    /// <summary>Worked out once per model: which entity types are a project's records.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, ProjectVersionRule> VersionRules = [];

    internal ProjectVersionRule VersionRule => VersionRules.GetValue(Model, model => new ProjectVersionRule(model));

    internal IAuditSealer Sealer => sealer ?? throw new InvalidOperationException("This context has no audit sealer, so it cannot record changes.");

    /// <summary>Organisation-wide changes (people added, for example) waiting for the next save.</summary>
    internal List<(Guid StreamId, Guid OrganisationId, Domain.Common.RecordedChange Change)> PendingOrganisationChanges { get; } = [];

    public void ExpectVersion(Project project, Guid version) =>
        Entry(project).Property(p => p.Version).OriginalValue = version;

    public void ExpectVersion(Organisation organisation, Guid version) =>
        Entry(organisation).Property(o => o.Version).OriginalValue = version;

    public void DiscardPendingChanges()
    {
        ChangeTracker.Clear();
        PendingOrganisationChanges.Clear();
    }

    public void RecordOrganisationChange(Guid organisationId, Domain.Common.RecordedChange change) =>
        PendingOrganisationChanges.Add((organisationId, organisationId, change));

    /// <summary>Only for saves with nothing to audit (Data Protection's key store saves synchronously).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditAppender.RefuseRewrites(ChangeTracker);
        VersionRule.Check(ChangeTracker);
        if (AuditAppender.HasPendingChanges(this))
        {
            throw new NotSupportedException("Use SaveChangesAsync: changes that need auditing are saved asynchronously.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves the changes with their audit entries and, when there are entries, adds them to each organisation's
    /// signed tally in the same transaction (inside the provider's retry strategy, as EF Core asks of explicit transactions).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditAppender.RefuseRewrites(ChangeTracker);
        VersionRule.Check(ChangeTracker);
        var appended = await AuditAppender.AppendPendingAsync(this, cancellationToken);
        if (appended.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        foreach (var organisationId in appended.Keys)
        {
            if (!await AuditTallies.AnyAsync(t => t.OrganisationId == organisationId, cancellationToken))
            {
                AuditTallies.Add(new AuditTally(organisationId));
            }
        }

        if (Database.CurrentTransaction is not null)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await TallyAsync(appended, cancellationToken);
            return saved;
        }

        var result = await Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await using var transaction = await Database.BeginTransactionAsync(cancel);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel);
            await TallyAsync(appended, cancel);
            await transaction.CommitAsync(cancel);
            return saved;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return result;
    }

    /// <summary>Adds the entries just saved to each organisation's tally (made in the same save if it had none) with one atomic update, then signs the new count.</summary>
    private async Task TallyAsync(IReadOnlyDictionary<Guid, int> appended, CancellationToken cancellationToken)
    {
        foreach (var (organisationId, added) in appended)
        {
            var tallies = AuditTallies.Where(t => t.OrganisationId == organisationId);
            await tallies.ExecuteUpdateAsync(s => s.SetProperty(t => t.EntryCount, t => t.EntryCount + added), cancellationToken);
            var count = await tallies.Select(t => t.EntryCount).SingleAsync(cancellationToken);
            var signature = Sealer.Sign(AuditTally.Content(organisationId, count));
            await tallies.ExecuteUpdateAsync(s => s.SetProperty(t => t.Signature, signature), cancellationToken);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LifecycleDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ProjectRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ChecklistOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MaturityComponent>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AnalyticsType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DataQuality>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PriorUse>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Controversy>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<UserExperience>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DataQualityUnderstanding>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PersonalDataScale>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<BiasAssessment>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SignOffKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Decision>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ImpactAssessmentKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ImpactAssessmentStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Independence>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RiskStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReviewOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FeedbackKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FeedbackStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Lifecycle.Domain.Testing.ValidationVerdict>().HaveConversion<string>().HaveMaxLength(32);
    }
}
