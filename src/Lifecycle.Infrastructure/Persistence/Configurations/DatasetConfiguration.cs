using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.ToTable("Datasets");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(d => d.Owner).HasMaxLength(TextLimits.Name);
        builder.Property(d => d.Source).HasMaxLength(TextLimits.ShortText);
        builder.Property(d => d.MissingPercent).HasPrecision(5, 2);
        builder.Property(d => d.ConsistencyNotes).HasMaxLength(TextLimits.LongText);
        builder.Property(d => d.DemographicFields).HasMaxLength(TextLimits.ShortText);
        builder.Property(d => d.QualityNotes).HasMaxLength(TextLimits.LongText);
        builder.Property(d => d.PoorQualityMitigation).HasMaxLength(TextLimits.LongText);
        builder.Property(d => d.DropReason).HasMaxLength(TextLimits.Reason);
        builder.HasIndex(d => d.ProjectId);
        builder.Ignore(d => d.Details);
    }
}
