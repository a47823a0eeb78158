using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class TestRunConfiguration : IEntityTypeConfiguration<TestRun>
{
    public void Configure(EntityTypeBuilder<TestRun> builder)
    {
        builder.ToTable("TestRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.Notes).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        builder.OwnsMany(r => r.Groups, groups =>
        {
            groups.ToTable("TestRunGroups");
            groups.WithOwner().HasForeignKey("TestRunId");
            groups.Property<int>("Id");
            groups.HasKey("Id");
            groups.Property(g => g.Group).HasMaxLength(GroupCounts.GroupNameLength).IsRequired();
        });
        builder.Navigation(r => r.Groups).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.MapAcceptedGaps("TestRunGapAcceptances", "TestRunId");
        builder.MapWithdrawal();
    }
}
