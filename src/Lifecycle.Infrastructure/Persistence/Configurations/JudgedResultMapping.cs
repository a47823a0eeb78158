using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

/// <summary>What test runs and monitoring reviews share: accepted gaps (a table each) and a withdrawal (columns of their own table).</summary>
internal static class JudgedResultMapping
{
    public static void MapAcceptedGaps<TResult>(this EntityTypeBuilder<TResult> builder, string table, string ownerKey)
        where TResult : class, IJudgedResult
    {
        builder.OwnsMany(r => r.AcceptedGaps, gaps =>
        {
            gaps.ToTable(table);
            gaps.WithOwner().HasForeignKey(ownerKey);
            gaps.Property<int>("Id");
            gaps.HasKey("Id");
            gaps.Property(g => g.Group).HasMaxLength(GroupCounts.GroupNameLength).IsRequired();
            gaps.Property(g => g.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
            gaps.Property(g => g.AcceptedByName).HasMaxLength(TextLimits.Name).IsRequired();
        });
        builder.Navigation(r => r.AcceptedGaps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Title);
    }

    public static void MapWithdrawal<TResult>(this EntityTypeBuilder<TResult> builder)
        where TResult : class, IJudgedResult
    {
        builder.OwnsOne(r => r.Withdrawal, withdrawal =>
        {
            withdrawal.Property(w => w.Reason).HasColumnName("WithdrawalReason").HasMaxLength(TextLimits.Reason).IsRequired();
            withdrawal.Property(w => w.WithdrawnById).HasColumnName("WithdrawnById");
            withdrawal.Property(w => w.WithdrawnByName).HasColumnName("WithdrawnByName").HasMaxLength(TextLimits.Name).IsRequired();
            withdrawal.Property(w => w.WithdrawnAt).HasColumnName("WithdrawnAt");
        });
    }
}
