using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;
using Lifecycle.Domain.Transparency;
using Lifecycle.Domain.Triage;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 10, parts 1 and 4: the phases as the guidance draws them, the red lines, and the Implement workbook questions.</summary>
public sealed class RedLineAndWorkbookTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly DateTime Later = TestProjects.Start.AddDays(60);

    [Fact]
    public void PreDeployment_BelongsToDevelop_AndImplementIsStages9And10()
    {
        Assert.Equal(Phase.Develop, LifecycleFramework.Stage(8).Phase);
        Assert.Equal([9, 10], LifecycleFramework.Stages.Where(s => s.Phase == Phase.Implement).Select(s => s.Number));
    }

    [Fact]
    public void TriageMustNotSayDoNotProceed_WhenTheToolLeavesLittleRoomForProfessionalJudgement()
    {
        var outcome = TriageOutcome.Of(TestProjects.LowRiskTriage with { LittleRoomForProfessionalJudgement = true }, involvesThirdParty: false);

        Assert.True(outcome.DoNotProceed);
        Assert.Equal(RiskLevel.High, outcome.Risk);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ARedLineAnswer_NeverYieldsALowRiskLevel(bool actsWithoutProfessional, bool littleRoom)
    {
        var outcome = TriageOutcome.Of(TestProjects.LowRiskTriage with
        {
            ActsWithoutProfessional = actsWithoutProfessional,
            LittleRoomForProfessionalJudgement = littleRoom,
        }, involvesThirdParty: false);

        Assert.True(outcome.DoNotProceed);
        Assert.Equal(RiskLevel.High, outcome.Risk);
    }

    [Fact]
    public void WorkbookQuestionsMustBeAnswered_TheImplementQuestions_BeforeTheFirstMonitoringReview()
    {
        var project = TestProjects.AdvancedTo(8, Predictive);
        for (var question = 6; question <= 11; question++)
        {
            project.AnswerWorkbookQuestion(question, $"Answer to question {question}", TestProjects.Manager, TestProjects.Start);
        }

        project.RecordDeploymentPlan(TestProjects.Plan, TestProjects.Manager, TestProjects.Start);
        TestProjects.CompleteDpia(project);
        project.ConfirmCompleteTransparencyRecord(TestProjects.Start);
        project.SubmitForSignOff(SignOffKind.GoLive, TestProjects.Manager, TestProjects.Start);
        project.DecideSignOff(SignOffKind.GoLive, Decision.Approved, null, TestProjects.Leader, TestProjects.Start);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, TestProjects.Start);
        }

        project.AdvanceStage(TestProjects.Manager, TestProjects.Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(Review(), [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)], TestProjects.Manager, Later));

        var rule = Assert.IsType<WorkbookQuestionsMustBeAnsweredRule>(Assert.Single(refusal.BrokenRules));
        Assert.Equal([12, 13, 14, 15], rule.Unanswered);
        Assert.Contains("questions 12 to 15", rule.Message);
    }

    [Fact]
    public void ImplementAnswersMustBeReviewed_BeforeRetirementCompletes_ConfirmingKeepsTheText()
    {
        var project = TestProjects.AdvancedTo(9);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, Later);
        }

        project.ProposeRetirement("No longer needed.", TestProjects.Manager, Later);
        project.DecideSignOff(SignOffKind.Retirement, Decision.Approved, null, TestProjects.Leader, Later);
        Assert.Equal(10, project.CurrentStage.Number);
        project.ArchiveTransparencyRecord(new DateOnly(2026, 3, 1), TestProjects.Manager, Later);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, Later);
        }

        var rule = Assert.IsType<ImplementAnswersMustBeReviewedRule>(Assert.Single(project.EvaluateGate().BrokenRules));
        Assert.Equal([12, 13, 14, 15], rule.NotReviewed);

        project.AnswerWorkbookQuestion(12, "Reviews stopped when the tool was switched off.", TestProjects.Manager, Later.AddHours(1));
        foreach (var question in new[] { 13, 14, 15 })
        {
            project.ConfirmWorkbookAnswer(question, TestProjects.Manager, Later.AddHours(1));
        }

        Assert.True(project.EvaluateGate().IsOpen);
        var confirmed = project.CurrentAnswer(13)!;
        Assert.True(confirmed.ConfirmedUnchanged);
        Assert.Equal(project.AnswerHistory(13)[1].Text, confirmed.Text);
    }

    [Fact]
    public void ConfirmingAnAnswer_ThatWasNeverWritten_IsRefused()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.ConfirmWorkbookAnswer(12, TestProjects.Manager, Later));

        Assert.IsType<WorkbookAnswerMustExistRule>(Assert.Single(refusal.BrokenRules));
    }

    private static MonitoringReviewDetails Review() =>
        new(DateOnly.FromDateTime(Later), "Access list checked.", "Input feed complete.", "Not needed.", "No comments.", ReviewOutcome.Continue, null);
}
