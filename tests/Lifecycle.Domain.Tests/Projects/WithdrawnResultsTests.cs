using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Projects;

/// <summary>Issue 11, item 2: a wrongly recorded test run or review can be withdrawn, but a failure cannot be quietly removed.</summary>
public sealed class WithdrawnResultsTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(60);
    private static readonly GroupCounts[] Weak = [new("Boys", 15, 10, 20, 5), new("Girls", 15, 10, 20, 5)];
    private static readonly GroupCounts[] Strong = [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)];

    [Fact]
    public void AWithdrawnRun_StaysOnRecord_ButIsNoLongerJudgedOrCounted()
    {
        var project = TestProjects.AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, Strong, TestProjects.Manager, Later);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 2), null, Strong, TestProjects.Manager, Later);

        project.WithdrawResult(ResultKind.TestRun, 2, "Uploaded last year's file by mistake.", TestProjects.Manager, Later);

        var withdrawn = project.TestRuns.Single(r => r.Number == 2);
        Assert.Equal("Uploaded last year's file by mistake.", withdrawn.Withdrawal!.Reason);
        Assert.Equal(TestProjects.Manager.Name, withdrawn.Withdrawal.WithdrawnByName);
        Assert.Null(project.ResultOf(withdrawn));
        Assert.Equal(1, project.LatestTestRun!.Number);
        Assert.Equal("ResultWithdrawn", project.PendingChanges[^1].Kind);
    }

    [Fact]
    public void WithdrawingTheOnlyRunOfAKind_HoldsTheGateAgain()
    {
        var project = TestProjects.AdvancedTo(7, Predictive).CompleteCurrentStage();
        Assert.True(project.EvaluateGate().IsOpen);
        var alpha = project.TestRuns.First(r => r.Kind == TestRunKind.Alpha);

        project.WithdrawResult(ResultKind.TestRun, alpha.Number, "Run against the wrong cohort.", TestProjects.Manager, Later);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is TestRunMustBeRecordedRule { Kind: TestRunKind.Alpha });
    }

    [Fact]
    public void AFailedRun_CanBeWithdrawnOnlyByASeniorLeaderWhoDidNotRecordIt()
    {
        var project = TestProjects.AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, Weak, TestProjects.Manager, Later);

        var byManager = Assert.Throws<BusinessRuleViolationException>(() =>
            project.WithdrawResult(ResultKind.TestRun, 1, "It looked wrong.", TestProjects.Manager, Later));
        Assert.IsType<FailedResultIsWithdrawnBySeniorLeaderRule>(Assert.Single(byManager.BrokenRules));

        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 2), null, Weak, TestProjects.Leader, Later);
        var byRecorder = Assert.Throws<BusinessRuleViolationException>(() =>
            project.WithdrawResult(ResultKind.TestRun, 2, "It looked wrong.", TestProjects.Leader, Later));
        Assert.IsType<FailedResultIsWithdrawnBySeniorLeaderRule>(Assert.Single(byRecorder.BrokenRules));

        project.WithdrawResult(ResultKind.TestRun, 1, "The file held test data, not real cases.", TestProjects.Leader, Later);
        Assert.True(project.TestRuns.Single(r => r.Number == 1).IsWithdrawn);
    }

    [Fact]
    public void Withdrawal_NeedsAReason_OnlyOnce_AndOnlyInTheStageThatRecordedIt()
    {
        var project = TestProjects.AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, Strong, TestProjects.Manager, Later);

        var noReason = Assert.Throws<BusinessRuleViolationException>(() => project.WithdrawResult(ResultKind.TestRun, 1, " ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));

        project.WithdrawResult(ResultKind.TestRun, 1, "Wrong file.", TestProjects.Manager, Later);
        var twice = Assert.Throws<BusinessRuleViolationException>(() => project.WithdrawResult(ResultKind.TestRun, 1, "Wrong file.", TestProjects.Manager, Later));
        Assert.IsType<ResultMustNotBeWithdrawnRule>(Assert.Single(twice.BrokenRules));

        var live = TestProjects.AdvancedTo(9, Predictive);
        var tooLate = Assert.Throws<BusinessRuleViolationException>(() =>
            live.WithdrawResult(ResultKind.TestRun, live.LatestTestRun!.Number, "Wrong file.", TestProjects.Manager, Later));
        Assert.IsType<ProjectMustBeInStageRule>(Assert.Single(tooLate.BrokenRules));
    }

    [Fact]
    public void AWithdrawnReview_NoLongerFlagsABreach_OrMovesTheNextReviewDate()
    {
        var project = TestProjects.AdvancedTo(9, Predictive);
        var details = new MonitoringReviewDetails(new DateOnly(2026, 2, 20), "Access list checked.", "Input feed complete.", "Not needed.", "None.", ReviewOutcome.Adapt, "Retrain the model.");
        var due = project.NextReviewDue;
        project.RecordMonitoringReview(details, Weak, TestProjects.Manager, Later);
        Assert.True(project.HasThresholdBreach);

        project.WithdrawResult(ResultKind.MonitoringReview, 1, "Counts were for the wrong month.", TestProjects.Leader, Later);

        Assert.False(project.HasThresholdBreach);
        Assert.Equal(due, project.NextReviewDue);
        Assert.Single(project.Risks);
    }
}
