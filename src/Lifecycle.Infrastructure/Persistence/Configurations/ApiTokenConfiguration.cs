using Lifecycle.Domain.Organisations;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ApiToken.NameLength).IsRequired();
        builder.Property(t => t.SecretHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(t => t.Hint).HasMaxLength(16).IsRequired();
        builder.Property(t => t.CreatedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(t => t.RevokedByName).HasMaxLength(TextLimits.Name);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
