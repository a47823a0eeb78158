using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class SignOffConfiguration : IEntityTypeConfiguration<SignOff>
{
    public void Configure(EntityTypeBuilder<SignOff> builder)
    {
        builder.ToTable("SignOffs");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Fingerprint).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(s => s.Comment).HasMaxLength(TextLimits.Reason);
        builder.Property(s => s.DecidedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.DecidedInRole).HasMaxLength(64).IsRequired();
        // One decision per request; Restrict keeps SQL Server to a single cascade path (from the project).
        builder.HasIndex(s => s.RequestId).IsUnique();
        builder.HasOne<SignOffRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
