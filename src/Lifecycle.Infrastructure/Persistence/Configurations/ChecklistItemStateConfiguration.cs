using Lifecycle.Domain.Projects;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ChecklistItemStateConfiguration : IEntityTypeConfiguration<ChecklistItemState>
{
    public void Configure(EntityTypeBuilder<ChecklistItemState> builder)
    {
        builder.ToTable("ChecklistItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Code).HasMaxLength(16).IsRequired();
        builder.Property(i => i.ResolvedByName).HasMaxLength(TextLimits.Name);
        builder.Property(i => i.Note).HasMaxLength(TextLimits.LongText);
        builder.Property(i => i.EvidenceLink).HasMaxLength(TextLimits.Url);
        builder.Property(i => i.NotApplicableReason).HasMaxLength(TextLimits.Reason);
        builder.HasIndex(i => new { i.ProjectId, i.Code }).IsUnique();
    }
}
