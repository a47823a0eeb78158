using Lifecycle.Domain.Common;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        builder.HasIndex(s => new { s.ProjectId, s.StageNumber }).IsUnique();
        builder.Ignore(s => s.IsCompleted);
    }
}
