using Lifecycle.Domain.Engagement;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("TrainingRecords");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Audience).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(t => t.Content).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(t => t.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
    }
}
