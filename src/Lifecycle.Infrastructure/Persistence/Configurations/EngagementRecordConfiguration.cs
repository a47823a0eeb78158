using Lifecycle.Domain.Engagement;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class EngagementRecordConfiguration : IEntityTypeConfiguration<EngagementRecord>
{
    public void Configure(EntityTypeBuilder<EngagementRecord> builder)
    {
        builder.ToTable("EngagementRecords");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Stakeholders).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(e => e.Method).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(e => e.WhatWeHeard).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(e => e.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
    }
}
