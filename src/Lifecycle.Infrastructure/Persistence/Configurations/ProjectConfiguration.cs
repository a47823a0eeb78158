using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.Transparency;

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
        builder.Property(p => p.UsersToldOfStopHow).HasMaxLength(TextLimits.LongText);
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

        builder.HasMany(p => p.Feedback).WithOne().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Engagements).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Training).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.MonitoringReviews).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ScopeChanges).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.TransparencyEntries).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Feedback).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Engagements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Training).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.MonitoringReviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.ScopeChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.KeepInUseDecisions).WithOne().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.KeepInUseDecisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.TransparencyEntries).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property(p => p.RetirementReasons).HasMaxLength(TextLimits.LongText);
        builder.Property(p => p.TransparencyConfirmedByName).HasMaxLength(TextLimits.Name);
        builder.OwnsOne(p => p.DevelopmentSafeguards, safeguards =>
        {
            safeguards.Property(s => s.PrivacyAndSecurity).HasColumnName("SafeguardPrivacyAndSecurity").HasMaxLength(TextLimits.LongText);
            safeguards.Property(s => s.Explainability).HasColumnName("SafeguardExplainability").HasMaxLength(TextLimits.LongText);
            safeguards.Property(s => s.Challenge).HasColumnName("SafeguardChallenge").HasMaxLength(TextLimits.LongText);
            safeguards.Property(s => s.FeedbackProcess).HasColumnName("SafeguardFeedbackProcess").HasMaxLength(TextLimits.LongText);
            safeguards.Ignore(s => s.Parts);
        });
        builder.OwnsOne(p => p.DeploymentPlan, plan => MapDeploymentPlan(plan, "Plan"));
        builder.OwnsOne(p => p.ProposedDeploymentPlan, plan => MapDeploymentPlan(plan, "ProposedPlan"));
        builder.OwnsOne(p => p.SuccessCriteria, criteria =>
        {
            criteria.Property(c => c.WhatWillImprove).HasColumnName("SuccessWhatWillImprove").HasMaxLength(TextLimits.LongText);
            criteria.Property(c => c.HowMeasured).HasColumnName("SuccessHowMeasured").HasMaxLength(TextLimits.LongText);
            criteria.Property(c => c.Baseline).HasColumnName("SuccessBaseline").HasMaxLength(TextLimits.LongText);
        });
        builder.HasMany(p => p.ThresholdHistory).WithOne().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ThresholdHistory).HasField("_thresholdVersions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(p => p.PendingChanges);
        builder.Ignore(p => p.Facts);
        builder.Ignore(p => p.CurrentStage);
        builder.Ignore(p => p.CurrentStageProgress);
        builder.Ignore(p => p.SeriousOpenRisks);
        builder.Ignore(p => p.IsTransparencyRecordPublished);
        builder.Ignore(p => p.PublicRecord);
        builder.Property(p => p.TransparencyPublishedByName).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.PublicSlug).HasMaxLength(80);

        // The public pages find a tool by its organisation and address.
        builder.HasIndex(p => new { p.OrganisationId, p.PublicSlug });
        builder.Ignore(p => p.OpenChallenges);
        builder.Ignore(p => p.CurrentDetails);
        builder.Ignore(p => p.Status);
        builder.Ignore(p => p.IsReadOnly);
        builder.Ignore(p => p.MaturityResult);
        builder.Ignore(p => p.LatestTriage);
        builder.Ignore(p => p.LatestTestRun);
        builder.Ignore(p => p.LatestReview);
        builder.Ignore(p => p.HasGoneLive);
        builder.Ignore(p => p.PlanChangeAwaitsApproval);
        builder.Ignore(p => p.LatestScopeChange);
        builder.Ignore(p => p.WentLiveOn);
        builder.Ignore(p => p.NextReviewDue);
        builder.Ignore(p => p.HasThresholdBreach);
        builder.Ignore(p => p.TransparencyNeedsReview);
        builder.Ignore(p => p.OutstandingScopeReviews);
        builder.Ignore(p => p.StandingRules);
        builder.Ignore(p => p.BrokenStandingRules);
        builder.Ignore(p => p.NeedsAttention);
        builder.Ignore(p => p.KeptInUseDespite);
        builder.Ignore(p => p.Attention);
        builder.Ignore(p => p.CarriedOverItems);
        builder.Ignore(p => p.IndependentScrutinyReasons);
        builder.Ignore(p => p.LatestValidation);
        builder.Ignore(p => p.AccuracyThresholds);
        builder.Ignore(p => p.CurrentThresholdVersion);
        builder.Ignore(p => p.ThresholdsLoosenedAfterFailure);
        builder.Ignore(p => p.UngroupedResultsAgreed);
        builder.Ignore(p => p.IsWindingDown);
        builder.Ignore(p => p.StopDuties);
        builder.Ignore(p => p.OutstandingStopDuties);
        builder.Ignore(p => p.EarliestDatedRecord);
    }

    /// <summary>The plan in force and a proposed change share one shape, in columns with their own prefix.</summary>
    private static void MapDeploymentPlan(OwnedNavigationBuilder<Project, DeploymentPlan> plan, string prefix)
    {
        plan.Property(d => d.MonitoringOwner).HasColumnName(prefix + "MonitoringOwner").HasMaxLength(TextLimits.Name);
        plan.Property(d => d.ReviewIntervalMonths).HasColumnName(prefix + "ReviewIntervalMonths");
        plan.Property(d => d.ProcessEvaluation).HasColumnName(prefix + "ProcessEvaluation").HasMaxLength(TextLimits.LongText);
        plan.Property(d => d.ImpactEvaluation).HasColumnName(prefix + "ImpactEvaluation").HasMaxLength(TextLimits.LongText);
        plan.Property(d => d.Evaluator).HasColumnName(prefix + "Evaluator").HasMaxLength(TextLimits.Name);
        plan.Property(d => d.EvaluatorIsIndependent).HasColumnName(prefix + "EvaluatorIsIndependent");
        plan.Property(d => d.PublicCommunication).HasColumnName(prefix + "PublicCommunication").HasMaxLength(TextLimits.LongText);
        plan.Ignore(d => d.Parts);
        plan.Ignore(d => d.EvaluationPlan);
    }

}
