using Lifecycle.Domain.Audit;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class AuditTallyConfiguration : IEntityTypeConfiguration<AuditTally>
{
    public void Configure(EntityTypeBuilder<AuditTally> builder)
    {
        builder.ToTable("AuditTallies");
        builder.HasKey(t => t.OrganisationId);
        builder.Property(t => t.OrganisationId).ValueGeneratedNever();
        builder.Property(t => t.Signature).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}
