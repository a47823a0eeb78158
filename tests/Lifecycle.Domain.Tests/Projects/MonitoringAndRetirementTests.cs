using System.Globalization;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Engagement;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Risks;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Projects;

public sealed class MonitoringAndRetirementTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(120);
    private static readonly GroupCounts[] Good = [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)];
    private static readonly GroupCounts[] Poor = [new("Boys", 10, 15, 15, 10), new("Girls", 10, 15, 15, 10)];

    private static MonitoringReviewDetails Review(DateOnly on, ReviewOutcome outcome = ReviewOutcome.Continue) =>
        new(on, "Access list checked.", "Input feed complete.", "Not needed.", "Two comments, both addressed.", outcome, null);

    private static Project Live(ApplicabilityFacts? facts = null) => TestProjects.AdvancedTo(9, facts ?? Predictive);

    [Fact]
    public void NextReview_FallsOneIntervalAfterGoingLive_ThenAfterEachReview()
    {
        var project = Live();
        var live = DateOnly.FromDateTime(TestProjects.Start);
        Assert.Equal(live, project.WentLiveOn);
        Assert.Equal(live.AddMonths(1), project.NextReviewDue);

        project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20)), Good, TestProjects.Manager, Later);

        Assert.Equal(new DateOnly(2026, 3, 20), project.NextReviewDue);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-01", ReviewTiming.Overdue)]
    [InlineData("2026-03-10", "2026-03-10", ReviewTiming.DueSoon)]
    [InlineData("2026-03-10", "2026-03-24", ReviewTiming.DueSoon)]
    [InlineData("2026-03-10", "2026-03-25", ReviewTiming.NotYetDue)]
    public void ReviewTiming_IsOverdueAfterTheDueDate_AndDueSoonWithinFourteenDays(string today, string due, ReviewTiming expected) =>
        Assert.Equal(expected, MonitoringSchedule.TimingOf(DateOnly.Parse(due, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Fact]
    public void ReviewThatBreachesAThreshold_FlagsTheProject_AndAddsARiskToTheLog()
    {
        var project = Live();

        var review = project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20), ReviewOutcome.Adapt) with { OutcomeReason = "Retrain on this year's referrals." }, Poor, TestProjects.Manager, Later);

        Assert.True(project.HasThresholdBreach);
        var risk = Assert.Single(project.Risks);
        Assert.Equal(risk.Number, review.BreachRiskNumber);
        Assert.Contains("breached the accuracy thresholds", risk.Title);
        Assert.Contains("Precision overall is at least 0.7", risk.Description);
        Assert.Equal("Head of performance", risk.Owner);
        Assert.Equal(RiskStatus.Open, risk.Status);

        project.RecordMonitoringReview(Review(new DateOnly(2026, 3, 20)), Good, TestProjects.Manager, Later);

        Assert.False(project.HasThresholdBreach);
        Assert.Single(project.Risks);
    }

    [Fact]
    public void Review_WithMissingChecks_NoCountsForAPredictiveTool_OrBeforeGoLive_IsRefused()
    {
        var project = Live();
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20)) with { Security = "", Retraining = null }, [], TestProjects.Manager, Later));
        Assert.Equal([typeof(PartsMustBeFilledRule), typeof(PredictiveRunsNeedCountsRule)], refusal.BrokenRules.Select(r => r.GetType()));
        Assert.Contains("security check, retraining", refusal.BrokenRules[0].Message);

        var noReason = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20), ReviewOutcome.Retire), Good, TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(noReason.BrokenRules));

        var future = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordMonitoringReview(Review(DateOnly.FromDateTime(Later).AddDays(5)), Good, TestProjects.Manager, Later));
        Assert.IsType<DateMustNotBeInFutureRule>(Assert.Single(future.BrokenRules));

        var early = TestProjects.AdvancedTo(8, Predictive);
        var tooEarly = Assert.Throws<BusinessRuleViolationException>(() =>
            early.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20)), Good, TestProjects.Manager, Later));
        Assert.Equal([typeof(ProjectMustBeInStageRule), typeof(WorkbookQuestionsMustBeAnsweredRule)], tooEarly.BrokenRules.Select(r => r.GetType()));
        Assert.Empty(early.MonitoringReviews);
    }

    [Fact]
    public void ScopeChange_BlocksTheNextReview_UntilTriageAssessmentsAndTransparencyAreReviewed_KeepingHistory()
    {
        var project = Live();
        project.RecordScopeChange("Also used for families with younger siblings.", "Requested by the early help board.", TestProjects.Manager, Later);

        Assert.Equal(["the ethics triage", "Data protection impact assessment (DPIA)", "the transparency record"], project.OutstandingScopeReviews);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20)), Good, TestProjects.Manager, Later));
        Assert.Contains("still to review: the ethics triage", Assert.Single(refusal.BrokenRules.OfType<ScopeChangeReviewsMustBeDoneRule>()).Message);

        var after = Later.AddHours(1);
        project.CompleteTriage(TestProjects.LowRiskTriage, TestProjects.Manager, after);
        var dpia = project.ImpactAssessments.Single();
        project.SaveImpactAssessment(dpia.Id, dpia.Kind, dpia.Details, TestProjects.Manager, after);
        Assert.Equal(["Data protection impact assessment (DPIA)", "the transparency record"], project.OutstandingScopeReviews);
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.ConfirmAssessmentUnchanged(dpia.Id, " ", TestProjects.Manager, after)).BrokenRules));
        project.ConfirmAssessmentUnchanged(dpia.Id, "Younger siblings' data is already covered by the DPIA's section 3.", TestProjects.Manager, after);
        Assert.Equal(["the transparency record"], project.OutstandingScopeReviews);

        project.ConfirmCompleteTransparencyRecord(after);

        Assert.Empty(project.OutstandingScopeReviews);
        Assert.Equal(2, project.Triages.Count);
        project.RecordMonitoringReview(Review(new DateOnly(2026, 2, 20)), Good, TestProjects.Manager, after);
    }

    [Fact]
    public void RetirementApproval_MovesTheProjectToStage10_WhenStage9IsComplete()
    {
        var project = Live();
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, Later);
        }

        project.ProposeRetirement("Accuracy has fallen for two reviews running.", TestProjects.Manager, Later);
        Assert.Equal(9, project.CurrentStage.Number);
        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.Retirement));

        project.DecideSignOff(SignOffKind.Retirement, Decision.Approved, "Agreed.", TestProjects.Leader, Later);

        Assert.Equal(10, project.CurrentStage.Number);
        Assert.Equal(ProjectStatus.Active, project.Status);
    }

    [Fact]
    public void RetirementApproval_WithStage9ItemsOpen_IsRecorded_AndTheGateListsWhatIsLeft()
    {
        var project = Live();
        project.ProposeRetirement("No longer needed.", TestProjects.Manager, Later);

        project.DecideSignOff(SignOffKind.Retirement, Decision.Approved, null, TestProjects.Leader, Later);

        Assert.Equal(9, project.CurrentStage.Number);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.Retirement));
        Assert.All(project.EvaluateGate().BrokenRules, r => Assert.IsType<ChecklistItemMustBeResolvedRule>(r));
    }

    [Fact]
    public void Retirement_WithoutReasons_IsRefused_AndStage10NeedsTheArchiveDate()
    {
        var live = Live();
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => live.ProposeRetirement(" ", TestProjects.Manager, Later));
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(refusal.BrokenRules));

        var retiring = TestProjects.AdvancedTo(10);
        foreach (var item in retiring.CurrentStage.ItemsApplyingTo(retiring.Facts).Where(i => i.Mandatory))
        {
            retiring.MarkItemDone(item.Code, null, null, TestProjects.Manager, Later);
        }

        Assert.IsType<TransparencyRecordMustBeArchivedRule>(Assert.Single(retiring.EvaluateGate().BrokenRules));
        retiring.ArchiveTransparencyRecord(new DateOnly(2026, 2, 1), TestProjects.Manager, Later);
        retiring.AdvanceStage(TestProjects.Manager, Later);

        Assert.Equal(ProjectStatus.Retired, retiring.Status);
        Assert.Equal(Later, retiring.RetiredAt);
        Assert.True(retiring.IsReadOnly);
    }

    [Fact]
    public void FeedbackRegister_KeepsAnonymousEntries_TheStageTheyCameIn_AndTheResponse()
    {
        var project = TestProjects.AdvancedTo(7);

        var item = project.RecordFeedback(FeedbackKind.Challenge, "  ", new DateOnly(2026, 1, 20), "Score for family 12", "The score ignored a recent move.", TestProjects.Manager, Later);
        project.RespondToFeedback(item.Id, "Address history now refreshes daily.", FeedbackStatus.Closed, TestProjects.Manager, Later);

        Assert.True(item.IsAnonymous);
        Assert.Equal(7, item.StageNumber);
        Assert.Equal(FeedbackStatus.Closed, item.Status);
        Assert.Equal(TestProjects.Manager.Name, item.RespondedByName);
    }

    [Fact]
    public void Training_NeedsAtLeastOnePerson_AndEngagementIsRecordedWithItsStage()
    {
        var project = TestProjects.AdvancedTo(7);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordTraining(new DateOnly(2026, 1, 20), "Social workers", 0, "Reading a score", TestProjects.Manager, Later));
        Assert.IsType<PeopleTrainedMustBeCountedRule>(Assert.Single(refusal.BrokenRules));

        project.RecordTraining(new DateOnly(2026, 1, 20), "Social workers", 12, "Reading a score", TestProjects.Manager, Later);
        project.RecordEngagement(new DateOnly(2026, 1, 22), "Parents' forum", "Workshop", "Wanted to know who sees the score.", TestProjects.Manager, Later);

        Assert.Equal(12, Assert.Single(project.Training).PeopleTrained);
        Assert.Equal(7, Assert.Single(project.Engagements).StageNumber);
    }
}
