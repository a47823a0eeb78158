using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class KeepInUseDecisionConfiguration : IEntityTypeConfiguration<KeepInUseDecision>
{
    public void Configure(EntityTypeBuilder<KeepInUseDecision> builder)
    {
        builder.ToTable("KeepInUseDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.Property(d => d.Covers).IsRequired();
        builder.Property(d => d.DecidedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Ignore(d => d.CoveredRules);
        builder.HasIndex(d => new { d.ProjectId, d.Number }).IsUnique();
    }
}
