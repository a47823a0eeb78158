using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class MaturityScoreConfiguration : IEntityTypeConfiguration<MaturityScore>
{
    public void Configure(EntityTypeBuilder<MaturityScore> builder)
    {
        builder.ToTable("MaturityScores");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Justification).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(s => s.AssessedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(s => new { s.ProjectId, s.Component }).IsUnique();
    }
}
