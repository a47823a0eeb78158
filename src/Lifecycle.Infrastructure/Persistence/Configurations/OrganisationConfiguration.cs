using Lifecycle.Domain.Organisations;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(o => o.OnsCode).HasMaxLength(Organisation.OnsCodeLength);
        builder.Property(o => o.SecurityMarking).HasMaxLength(Organisation.SecurityMarkingLength).IsRequired()
            .HasDefaultValue(Organisation.DefaultSecurityMarking);
        builder.Property(o => o.PublicAddress).HasMaxLength(PublicAddressMustBeWellFormedRule.LongestLength).IsRequired();
        builder.HasIndex(o => o.PublicAddress).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.PendingChanges);
    }
}
