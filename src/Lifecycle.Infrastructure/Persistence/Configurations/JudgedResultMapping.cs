using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

/// <summary>What test runs and monitoring reviews share: accepted gaps (a table each) and a withdrawal (columns of their own table).</summary>
internal static class JudgedResultMapping
{
    /// <summary>
    /// Maps a result's own table and what every result has: its key, who recorded it, its number per project, its counts
    /// by group (<paramref name="table"/>Groups), its accepted gaps (<paramref name="table"/>GapAcceptances) and a withdrawal.
    /// </summary>
    public static void MapJudgedResult<TResult>(this EntityTypeBuilder<TResult> builder, string table, string ownerKey)
        where TResult : JudgedResult
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        builder.OwnsMany(r => r.Groups, groups =>
        {
            groups.ToTable(SingularOf(table) + "Groups");
            groups.WithOwner().HasForeignKey(ownerKey);
            groups.Property<int>("Id");
            groups.HasKey("Id");
            groups.Property(g => g.Group).HasMaxLength(GroupCounts.GroupNameLength).IsRequired();
        });
        builder.Navigation(r => r.Groups).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.MapAcceptedGaps(SingularOf(table) + "GapAcceptances", ownerKey);
        builder.MapWithdrawal();
    }

    private static string SingularOf(string table) => table.TrimEnd('s');

    private static void MapAcceptedGaps<TResult>(this EntityTypeBuilder<TResult> builder, string table, string ownerKey)
        where TResult : JudgedResult
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

    private static void MapWithdrawal<TResult>(this EntityTypeBuilder<TResult> builder)
        where TResult : JudgedResult
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
