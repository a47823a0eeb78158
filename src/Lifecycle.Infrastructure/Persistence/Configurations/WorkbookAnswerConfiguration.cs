using Lifecycle.Domain.Workbook;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class WorkbookAnswerConfiguration : IEntityTypeConfiguration<WorkbookAnswer>
{
    public void Configure(EntityTypeBuilder<WorkbookAnswer> builder)
    {
        builder.ToTable("WorkbookAnswers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(TextLimits.LongText * 2).IsRequired();
        builder.Property(a => a.AnsweredByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(a => new { a.ProjectId, a.QuestionNumber, a.Version }).IsUnique();
    }
}
