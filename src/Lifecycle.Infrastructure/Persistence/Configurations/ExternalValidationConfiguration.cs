using Lifecycle.Domain.Testing;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ExternalValidationConfiguration : IEntityTypeConfiguration<ExternalValidation>
{
    public void Configure(EntityTypeBuilder<ExternalValidation> builder)
    {
        builder.ToTable("ExternalValidations");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Validator).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(v => v.Organisation).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(v => v.Conclusion).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(v => v.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.OwnsMany(v => v.Conditions, conditions =>
        {
            conditions.ToTable("ValidationConditions");
            conditions.WithOwner().HasForeignKey("ExternalValidationId");
            conditions.Property<int>("Id");
            conditions.HasKey("Id");
            conditions.Property(c => c.Text).HasMaxLength(TextLimits.ShortText).IsRequired();
            conditions.Property(c => c.HowMet).HasMaxLength(TextLimits.LongText);
            conditions.Property(c => c.MetByName).HasMaxLength(TextLimits.Name);
        });
        builder.Navigation(v => v.Conditions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
