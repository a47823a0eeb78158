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

        // Where each project is now: the portfolio reads it for every project it counts, sorts or shows, so the
        // one open stage per project is found from the index alone. Double quotes suit both providers (SQL Server
        // runs with QUOTED_IDENTIFIER on, which filtered indexes need anyway).
        builder.HasIndex(s => new { s.ProjectId, s.StageNumber, s.EnteredAt }, "IX_StageProgress_Current").HasFilter("\"CompletedAt\" IS NULL");
        builder.Ignore(s => s.IsCompleted);
        builder.Ignore(s => s.WasReturned);
    }
}
