using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.Transparency;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class MonitoringReviewConfiguration : IEntityTypeConfiguration<MonitoringReview>
{
    public void Configure(EntityTypeBuilder<MonitoringReview> builder)
    {
        builder.ToTable("MonitoringReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Security).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.DataQuality).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.Retraining).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.UserFeedback).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.OutcomeReason).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        builder.OwnsMany(r => r.Groups, groups =>
        {
            groups.ToTable("MonitoringReviewGroups");
            groups.WithOwner().HasForeignKey("MonitoringReviewId");
            groups.Property<int>("Id");
            groups.HasKey("Id");
            groups.Property(g => g.Group).HasMaxLength(GroupCounts.GroupNameLength).IsRequired();
        });
        builder.Navigation(r => r.Groups).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.MapAcceptedGaps("MonitoringReviewGapAcceptances", "MonitoringReviewId");
        builder.MapWithdrawal();
    }
}
