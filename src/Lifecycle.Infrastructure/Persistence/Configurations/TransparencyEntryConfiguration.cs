using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class TransparencyEntryConfiguration : IEntityTypeConfiguration<TransparencyEntry>
{
    public void Configure(EntityTypeBuilder<TransparencyEntry> builder)
    {
        builder.ToTable("TransparencyEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Key).HasMaxLength(TransparencyEntry.KeyLength).IsRequired();
        builder.Property(e => e.Value).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(e => e.UpdatedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(e => new { e.ProjectId, e.Key }).IsUnique();
    }
}
