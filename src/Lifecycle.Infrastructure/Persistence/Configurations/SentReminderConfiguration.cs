using Lifecycle.Application.Notifications;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ToTable("SentReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.Kind, r.DueOn }).IsUnique();
        builder.HasOne<Domain.Projects.Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
