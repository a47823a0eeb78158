using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class OversightMemberConfiguration : IEntityTypeConfiguration<OversightMember>
{
    public void Configure(EntityTypeBuilder<OversightMember> builder)
    {
        builder.ToTable("OversightMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(m => m.Organisation).HasMaxLength(TextLimits.Name);
        builder.Property(m => m.Expertise).HasMaxLength(TextLimits.ShortText);
        builder.HasIndex(m => m.ProjectId);
    }
}
