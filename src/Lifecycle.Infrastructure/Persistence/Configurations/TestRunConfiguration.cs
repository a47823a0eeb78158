using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class TestRunConfiguration : IEntityTypeConfiguration<TestRun>
{
    public void Configure(EntityTypeBuilder<TestRun> builder)
    {
        builder.MapJudgedResult("TestRuns", "TestRunId");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.Notes).HasMaxLength(TextLimits.LongText);
    }
}
