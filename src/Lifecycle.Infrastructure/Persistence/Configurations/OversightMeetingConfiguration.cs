using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class OversightMeetingConfiguration : IEntityTypeConfiguration<OversightMeeting>
{
    public void Configure(EntityTypeBuilder<OversightMeeting> builder)
    {
        builder.ToTable("OversightMeetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Attendees).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(m => m.Decisions).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.HasIndex(m => m.ProjectId);
    }
}
