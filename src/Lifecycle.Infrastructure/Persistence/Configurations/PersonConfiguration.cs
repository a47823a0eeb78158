using Lifecycle.Domain.Organisations;
using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.DisplayName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(p => p.JobTitle).HasMaxLength(TextLimits.Name);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
