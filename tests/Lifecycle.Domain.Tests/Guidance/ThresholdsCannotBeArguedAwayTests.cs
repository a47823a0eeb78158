using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 10, part 2: accuracy and fairness cannot be argued away after the results are in.</summary>
public sealed class ThresholdsCannotBeArguedAwayTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(60);
    private static readonly AccuracyThresholds Original = new(0.7, 0.7, 0.8, 0.1, 10);
    private static readonly GroupCounts[] Weak = [new("Boys", 15, 10, 20, 5), new("Girls", 15, 10, 20, 5)];
    private static readonly GroupCounts[] Strong = [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)];
    private static readonly Actor Other = new(Guid.NewGuid(), "Olive Otherleader");

    private static Project InTestingWithAFailingRun()
    {
        var project = TestProjects.AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, Weak, TestProjects.Manager, Later);
        Assert.False(project.ResultOf(project.LatestTestRun!)!.MeetsEveryThreshold);
        return project;
    }

    [Fact]
    public void ChangingThresholds_OnceTestingHasBegun_NeedsAReason_AndKeepsEveryVersion()
    {
        var project = InTestingWithAFailingRun();

        var noReason = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SetAccuracyThresholds(new AccuracyThresholds(0.75, 0.7, 0.8, 0.1, 10), " ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));

        project.SetAccuracyThresholds(new AccuracyThresholds(0.75, 0.7, 0.8, 0.1, 10), "The board asked for fewer false alarms.", TestProjects.Manager, Later);

        Assert.Equal([1, 2], project.ThresholdHistory.Select(v => v.Number));
        Assert.Equal("The board asked for fewer false alarms.", project.CurrentThresholdVersion!.Reason);
        Assert.Equal(Original, project.ThresholdHistory[0].Thresholds);
    }

    [Fact]
    public void EachResult_IsJudgedAgainstTheThresholdsInForceWhenItWasRecorded()
    {
        var project = InTestingWithAFailingRun();
        var first = project.LatestTestRun!;

        project.SetAccuracyThresholds(new AccuracyThresholds(0.5, 0.5, 0.5, 0.2, 10), "Rebased after the pilot.", TestProjects.Manager, Later);
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 5, 1), null, Weak, TestProjects.Manager, Later);

        Assert.Equal(1, first.ThresholdsVersion);
        Assert.False(project.ResultOf(first)!.MeetsEveryThreshold);
        Assert.Equal(2, project.LatestTestRun!.ThresholdsVersion);
        Assert.True(project.ResultOf(project.LatestTestRun)!.MeetsEveryThreshold);
    }

    [Fact]
    public void LoosenedThresholdsMustBeApproved_AfterAFailingRun_ByASeniorLeaderWhoDidNotSubmitThem()
    {
        var project = InTestingWithAFailingRun();
        project.SetAccuracyThresholds(new AccuracyThresholds(0.5, 0.5, 0.5, 0.2, 10), "Rebased after the pilot.", TestProjects.Manager, Later);
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 5, 1), null, Weak, TestProjects.Manager, Later);
        project.CompleteCurrentStage();

        Assert.True(project.ThresholdsLoosenedAfterFailure);
        var rule = Assert.Single(project.EvaluateGate().BrokenRules);
        Assert.IsType<LoosenedThresholdsMustBeApprovedRule>(rule);

        project.SubmitForSignOff(SignOffKind.ThresholdChange, TestProjects.Leader, Later);
        var ownSubmission = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.ThresholdChange, Decision.Approved, null, TestProjects.Leader, Later));
        Assert.Contains(ownSubmission.BrokenRules, r => r is DeciderMustNotBeSubmitterRule);
        var notALeader = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.ThresholdChange, Decision.Approved, null, TestProjects.Manager, Later));
        Assert.Contains(notALeader.BrokenRules, r => r is DeciderMustBeSeniorLeaderRule);

        project.AssignRole(Other.PersonId, Other.Name, ProjectRole.SeniorLeader, TestProjects.Admin, Later);
        project.DecideSignOff(SignOffKind.ThresholdChange, Decision.Approved, "Agreed at the board.", Other, Later);
        Assert.True(project.EvaluateGate().IsOpen);

        project.SetAccuracyThresholds(new AccuracyThresholds(0.45, 0.5, 0.5, 0.2, 10), "Loosened again.", TestProjects.Manager, Later);
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is LoosenedThresholdsMustBeApprovedRule);
    }

    [Fact]
    public void TighteningThresholdsAfterAFailure_NeedsNoApproval()
    {
        var project = InTestingWithAFailingRun();

        project.SetAccuracyThresholds(new AccuracyThresholds(0.8, 0.7, 0.8, 0.05, 10), "Tighter after the alpha.", TestProjects.Manager, Later);

        Assert.False(project.ThresholdsLoosenedAfterFailure);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.SubmitForSignOff(SignOffKind.ThresholdChange, TestProjects.Manager, Later));
        Assert.Contains(refusal.BrokenRules, r => r is SignOffMustHaveContentRule);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(51)]
    public void MinimumGroupSizeMustBeInRange(int size)
    {
        var project = TestProjects.AdvancedTo(5, Predictive);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SetAccuracyThresholds(new AccuracyThresholds(0.7, 0.7, 0.8, 0.1, size), null, TestProjects.Manager, Later));

        var rule = Assert.IsType<MinimumGroupSizeMustBeInRangeRule>(Assert.Single(refusal.BrokenRules));
        Assert.Contains("between 5 and 50", rule.Message);
        Assert.Null(project.AccuracyThresholds);
    }

    [Fact]
    public void GroupMustBeTooFewToJudge_ASmallGroupHoldsTestingUntilASeniorLeaderAcceptsTheGap()
    {
        var project = TestProjects.AdvancedTo(7, Predictive).CompleteCurrentStage();
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 5, 2), null, [.. Strong, new("Care-experienced", 3, 0, 4, 0)], TestProjects.Manager, Later);
        var run = project.LatestTestRun!;

        Assert.IsType<LatestRunMustMeetThresholdsRule>(Assert.Single(project.EvaluateGate().BrokenRules));
        Assert.Contains(project.ResultOf(run)!.Checks, c => !c.IsMet && c.Description.StartsWith("Care-experienced has at least 10 cases", StringComparison.Ordinal));

        var byRecorder = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AcceptSmallGroupGap(ResultKind.TestRun, run.Number, "Care-experienced", "Too few in the county.", TestProjects.Manager, Later));
        Assert.Contains(byRecorder.BrokenRules, r => r is DeciderMustBeSeniorLeaderRule);
        Assert.Contains(byRecorder.BrokenRules, r => r is GapMustBeAcceptedBySomeoneElseRule);
        var bigGroup = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AcceptSmallGroupGap(ResultKind.TestRun, run.Number, "All children", "No.", TestProjects.Leader, Later));
        Assert.IsType<GroupMustBeTooFewToJudgeRule>(Assert.Single(bigGroup.BrokenRules));
        var noReason = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AcceptSmallGroupGap(ResultKind.TestRun, run.Number, "Care-experienced", "", TestProjects.Leader, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));

        project.AcceptSmallGroupGap(ResultKind.TestRun, run.Number, "Care-experienced", "Only seven care-experienced children in the county; reviewed case by case.", TestProjects.Leader, Later);

        Assert.True(project.EvaluateGate().IsOpen);
        var accepted = Assert.Single(run.AcceptedGaps);
        Assert.Equal(TestProjects.Leader.Name, accepted.AcceptedByName);
    }

    [Fact]
    public void GroupsMustBeFewEnough_AResultWithMoreThan30GroupsIsRefused()
    {
        var project = TestProjects.AdvancedTo(7, Predictive);
        var groups = Enumerable.Range(1, 31).Select(i => new GroupCounts($"Group {i}", 1, 1, 1, 1)).ToList();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, groups, TestProjects.Manager, Later));

        Assert.IsType<GroupsMustBeFewEnoughRule>(Assert.Single(refusal.BrokenRules));
        Assert.Empty(project.TestRuns);
    }

    [Fact]
    public void AMonitoringReviewWithASmallGroup_IsABreach_UntilTheGapIsAccepted()
    {
        var project = TestProjects.AdvancedTo(9, Predictive);
        var review = project.RecordMonitoringReview(
            new MonitoringReviewDetails(DateOnly.FromDateTime(Later), "Checked.", "Complete.", "Not needed.", "None.", ReviewOutcome.Adapt, "Collect more cases for small groups."),
            [.. Strong, new("Care-experienced", 2, 1, 3, 0)], TestProjects.Manager, Later);

        Assert.True(project.HasThresholdBreach);
        Assert.NotNull(review.BreachRiskNumber);

        project.AcceptSmallGroupGap(ResultKind.MonitoringReview, review.Number, "Care-experienced", "Reviewed case by case at the panel.", TestProjects.Leader, Later);

        Assert.False(project.HasThresholdBreach);
    }
}
