using Lifecycle.Domain.Audit;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(e => e.Before).HasMaxLength(TextLimits.LongText * 3);
        builder.Property(e => e.After).HasMaxLength(TextLimits.LongText * 3);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        // The unique sequence per stream is the backstop against two writers forking the chain.
        builder.HasIndex(e => new { e.StreamId, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.OrganisationId);
        // The trail page filters one stream by kind of change and by person.
        builder.HasIndex(e => new { e.StreamId, e.Kind });
        builder.HasIndex(e => new { e.StreamId, e.ActorId });
    }
}
