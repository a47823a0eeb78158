using Lifecycle.Domain.Common;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lifecycle.Infrastructure.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(p => p.FrameworkVersion).HasMaxLength(32).IsRequired();
        builder.Property(p => p.HoldReason).HasMaxLength(TextLimits.Reason);
        builder.Property(p => p.StopReason).HasMaxLength(TextLimits.Reason);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.Name });

        builder.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Stages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.MaturityScores).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Datasets).WithOne().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.MaturityScores).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Datasets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Triages).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Triages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(p => p.BusinessCase).WithOne().HasForeignKey<Lifecycle.Domain.SignOffs.BusinessCase>(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SignOffRequests).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SignOffs).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.SignOffRequests).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.SignOffs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.WorkbookAnswers).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.WorkbookAnswers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.ImpactAssessments).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.OversightMembers).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.OversightMeetings).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ImpactAssessments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.OversightMembers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.OversightMeetings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Risks).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Risks).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(p => p.TestRuns).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ExternalValidations).WithOne().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.TestRuns).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.ExternalValidations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(p => p.SuccessCriteria, criteria =>
        {
            criteria.Property(c => c.WhatWillImprove).HasColumnName("SuccessWhatWillImprove").HasMaxLength(TextLimits.LongText);
            criteria.Property(c => c.HowMeasured).HasColumnName("SuccessHowMeasured").HasMaxLength(TextLimits.LongText);
            criteria.Property(c => c.Baseline).HasColumnName("SuccessBaseline").HasMaxLength(TextLimits.LongText);
        });
        builder.OwnsOne(p => p.AccuracyThresholds, thresholds =>
        {
            thresholds.Property(t => t.MinimumPrecision).HasColumnName("ThresholdPrecision");
            thresholds.Property(t => t.MinimumRecall).HasColumnName("ThresholdRecall");
            thresholds.Property(t => t.MinimumAccuracy).HasColumnName("ThresholdAccuracy");
            thresholds.Property(t => t.MaximumGroupGap).HasColumnName("ThresholdGroupGap");
            thresholds.Property(t => t.MinimumGroupSize).HasColumnName("ThresholdMinimumGroupSize");
        });

        builder.Ignore(p => p.PendingChanges);
        builder.Ignore(p => p.Facts);
        builder.Ignore(p => p.CurrentStage);
        builder.Ignore(p => p.CurrentStageProgress);
        builder.Ignore(p => p.CurrentDetails);
        builder.Ignore(p => p.Status);
        builder.Ignore(p => p.IsReadOnly);
        builder.Ignore(p => p.MaturityResult);
        builder.Ignore(p => p.LatestTriage);
        builder.Ignore(p => p.LatestTestRun);
    }
}
