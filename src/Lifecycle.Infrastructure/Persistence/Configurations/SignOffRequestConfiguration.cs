using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class SignOffRequestConfiguration : IEntityTypeConfiguration<SignOffRequest>
{
    public void Configure(EntityTypeBuilder<SignOffRequest> builder)
    {
        builder.ToTable("SignOffRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Fingerprint).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.RequestedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
    }
}
