using Lifecycle.Domain.Triage;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class TriageRecordConfiguration : IEntityTypeConfiguration<TriageRecord>
{
    public void Configure(EntityTypeBuilder<TriageRecord> builder)
    {
        builder.ToTable("TriageRecords");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.CompletedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(t => new { t.ProjectId, t.Number }).IsUnique();
        builder.Ignore(t => t.Outcome);
        builder.OwnsOne(t => t.Answers, answers =>
        {
            // Answers are columns of the record: one row per completed triage, never updated.
            answers.Property(a => a.Affected).HasConversion<string>().HasMaxLength(200);
            answers.Ignore(a => a.UsesPersonalData);
            answers.Ignore(a => a.NeverDeployedAnywhere);
            answers.Ignore(a => a.HasHighRiskFeature);
        });
        builder.Navigation(t => t.Answers).IsRequired();
    }
}
