using Lifecycle.Domain.Projects;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class StageProgressConfiguration : IEntityTypeConfiguration<StageProgress>
{
    public void Configure(EntityTypeBuilder<StageProgress> builder)
    {
        builder.ToTable("StageProgress");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EnteredByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.CompletedByName).HasMaxLength(TextLimits.Name);
        builder.Property(s => s.ReturnReason).HasMaxLength(TextLimits.Reason);

        // Not unique: a project that returns from Testing to Development enters stages 6 and 7 again.
        builder.HasIndex(s => new { s.ProjectId, s.StageNumber });
        builder.Ignore(s => s.IsCompleted);
        builder.Ignore(s => s.WasReturned);
    }
}
