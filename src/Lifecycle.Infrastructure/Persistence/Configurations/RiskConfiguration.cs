using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("Risks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.Category).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.Owner).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.Mitigation).HasMaxLength(TextLimits.LongText);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        builder.Ignore(r => r.Details);
    }
}
