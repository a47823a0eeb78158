using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

/// <summary>Test runs and monitoring reviews each keep the gaps a senior leader accepted, in a table of their own.</summary>
internal static class GapAcceptanceMapping
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
}
