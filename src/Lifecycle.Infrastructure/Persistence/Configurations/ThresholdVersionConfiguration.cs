using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ThresholdVersionConfiguration : IEntityTypeConfiguration<ThresholdVersion>
{
    public void Configure(EntityTypeBuilder<ThresholdVersion> builder)
    {
        builder.ToTable("ThresholdVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Reason).HasMaxLength(TextLimits.Reason);
        builder.Property(v => v.SetByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(v => new { v.ProjectId, v.Number }).IsUnique();
        builder.OwnsOne(v => v.Thresholds, thresholds =>
        {
            thresholds.Property(t => t.MinimumPrecision).HasColumnName("MinimumPrecision");
            thresholds.Property(t => t.MinimumRecall).HasColumnName("MinimumRecall");
            thresholds.Property(t => t.MinimumAccuracy).HasColumnName("MinimumAccuracy");
            thresholds.Property(t => t.MaximumGroupGap).HasColumnName("MaximumGroupGap");
            thresholds.Property(t => t.MinimumGroupSize).HasColumnName("MinimumGroupSize");
            thresholds.Property(t => t.GapAppliesBothWays).HasColumnName("GapAppliesBothWays");
            thresholds.Property(t => t.WhyNotByGroup).HasColumnName("WhyNotByGroup").HasMaxLength(TextLimits.Reason);
        });
        builder.Navigation(v => v.Thresholds).IsRequired();
    }
}
