using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class BusinessCaseConfiguration : IEntityTypeConfiguration<BusinessCase>
{
    public void Configure(EntityTypeBuilder<BusinessCase> builder)
    {
        builder.ToTable("BusinessCases");
        builder.HasKey(b => b.ProjectId);
        builder.Property(b => b.UpdatedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.OwnsOne(b => b.Details, details =>
        {
            details.Property(d => d.ProblemAndRationale).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.DesirableOutcomes).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.UndesirableOutcomes).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.RedLines).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.DecisionMakingImprovement).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.EvidenceFromSimilarProjects).HasMaxLength(TextLimits.LongText);
            details.Property(d => d.BuildCost).HasPrecision(14, 2);
            details.Property(d => d.RunningCost).HasPrecision(14, 2);
            details.Property(d => d.EngagementCost).HasPrecision(14, 2);
            details.Property(d => d.TrainingCost).HasPrecision(14, 2);
            details.Property(d => d.InfrastructureCost).HasPrecision(14, 2);
            details.Ignore(d => d.TotalCost);
        });
        builder.Navigation(b => b.Details).IsRequired();
    }
}
