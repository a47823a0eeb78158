using Lifecycle.Domain.Projects;
using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> builder)
    {
        builder.ToTable("ProjectMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.ProjectId, m.PersonId, m.Role }).IsUnique();
        builder.HasIndex(m => m.PersonId);
        // Restrict: removing a person must not silently remove their project roles (and SQL Server
        // would reject a second cascade path into this table).
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
