using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ImpactAssessmentConfiguration : IEntityTypeConfiguration<ImpactAssessment>
{
    public void Configure(EntityTypeBuilder<ImpactAssessment> builder)
    {
        builder.ToTable("ImpactAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(a => a.NotRequiredReason).HasMaxLength(TextLimits.Reason);
        builder.Property(a => a.Owner).HasMaxLength(TextLimits.Name);
        builder.Property(a => a.Reference).HasMaxLength(TextLimits.Url);
        builder.HasIndex(a => new { a.ProjectId, a.Kind });
        builder.Ignore(a => a.Details);
        builder.Ignore(a => a.LastLookedAt);
        builder.Property(a => a.ConfirmedUnchangedReason).HasMaxLength(TextLimits.Reason);
    }
}
