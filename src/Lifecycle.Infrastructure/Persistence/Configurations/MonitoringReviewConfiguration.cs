using Lifecycle.Domain.Monitoring;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class MonitoringReviewConfiguration : IEntityTypeConfiguration<MonitoringReview>
{
    public void Configure(EntityTypeBuilder<MonitoringReview> builder)
    {
        builder.MapJudgedResult("MonitoringReviews", "MonitoringReviewId");
        builder.Property(r => r.Security).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.DataQuality).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.Retraining).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.UserFeedback).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(r => r.OutcomeReason).HasMaxLength(TextLimits.Reason);
    }
}
