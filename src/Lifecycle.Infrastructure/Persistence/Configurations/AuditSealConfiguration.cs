using Lifecycle.Domain.Audit;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.ToTable("AuditSeals");
        builder.HasKey(s => s.StreamId);
        builder.Property(s => s.StreamId).ValueGeneratedNever();
        builder.Property(s => s.HeadHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(s => s.Signature).HasMaxLength(64).IsFixedLength().IsRequired();
        // Covers the organisation's sum of counts that its tally is checked against on every overview and portfolio.
        builder.HasIndex(s => new { s.OrganisationId, s.Count });
    }
}
