using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ScopeChangeConfiguration : IEntityTypeConfiguration<ScopeChange>
{
    public void Configure(EntityTypeBuilder<ScopeChange> builder)
    {
        builder.ToTable("ScopeChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.WhatChanged).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(c => c.Why).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(c => c.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(c => new { c.ProjectId, c.Number }).IsUnique();
    }
}
