using Lifecycle.Domain.Engagement;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> builder)
    {
        builder.ToTable("FeedbackItems");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.RaisedBy).HasMaxLength(TextLimits.Name);
        builder.Property(f => f.About).HasMaxLength(TextLimits.ShortText).IsRequired();
        builder.Property(f => f.Details).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(f => f.Response).HasMaxLength(TextLimits.LongText);
        builder.Property(f => f.RespondedByName).HasMaxLength(TextLimits.Name);
        builder.Property(f => f.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(f => new { f.ProjectId, f.Number }).IsUnique();
        builder.Ignore(f => f.IsAnonymous);
    }
}
