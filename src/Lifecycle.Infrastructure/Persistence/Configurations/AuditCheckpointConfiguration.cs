using Lifecycle.Domain.Audit;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("AuditCheckpoints");
        builder.HasKey(c => c.StreamId);
        builder.Property(c => c.StreamId).ValueGeneratedNever();
        builder.Property(c => c.Hash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Problem).HasMaxLength(TextLimits.ShortText);
        builder.Property(c => c.Signature).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Ignore(c => c.Link);
        builder.HasIndex(c => c.OrganisationId);
    }
}
