using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Domain.Tests.Oversight;

public sealed class OversightAndImpactAssessmentTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(8);
    private static readonly ImpactAssessmentDetails InProgress = new(null, ImpactAssessmentStatus.InProgress, null, "Data protection officer", "DPIA-2026-14", null, null);

    [Fact]
    public void Leaving4_WithoutADpiaOrOversight_RefusesWithBothRules()
    {
        var project = AtStage4ReadyExceptGovernance();

        var broken = project.EvaluateGate().BrokenRules.Select(r => r.GetType());

        Assert.Equal([typeof(DpiaMustBeStartedRule), typeof(OversightGroupMustHaveMembersRule)], broken);
    }

    [Fact]
    public void NotRequired_WithoutReason_IsRefused_AndWithReasonOpensTheDpiaRule()
    {
        var project = AtStage4ReadyExceptGovernance();
        var notRequired = InProgress with { Status = ImpactAssessmentStatus.NotRequired };

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, notRequired, TestProjects.Manager, At));
        Assert.IsType<NotRequiredMustSayWhyRule>(Assert.Single(refusal.BrokenRules));

        project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, notRequired with { NotRequiredReason = "No personal data at all" }, TestProjects.Manager, At);
        Assert.DoesNotContain(project.EvaluateGate().BrokenRules, r => r is DpiaMustBeStartedRule);
    }

    [Fact]
    public void StandardAssessments_AreUpdatedInPlace_OthersAreAdded()
    {
        var project = AtStage4ReadyExceptGovernance();

        var first = project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, InProgress, TestProjects.Manager, At);
        var second = project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, InProgress with { Status = ImpactAssessmentStatus.Complete }, TestProjects.Manager, At);
        project.SaveImpactAssessment(null, ImpactAssessmentKind.Other, InProgress with { Title = "Community impact assessment" }, TestProjects.Manager, At);

        Assert.Equal(first, second);
        Assert.Equal(2, project.ImpactAssessments.Count);
        Assert.Equal("Community impact assessment", project.ImpactAssessments.Single(a => a.Kind == ImpactAssessmentKind.Other).Title);
    }

    [Fact]
    public void ReviewBeforeCompletion_IsRefused()
    {
        var project = AtStage4ReadyExceptGovernance();
        var details = InProgress with { Status = ImpactAssessmentStatus.Complete, CompletedOn = new DateOnly(2026, 1, 10), NextReviewOn = new DateOnly(2026, 1, 9) };

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, details, TestProjects.Manager, At));

        Assert.IsType<ReviewMustFollowCompletionRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void HighRisk_NeedsAnIndependentOversightMember()
    {
        var project = AtStage4ReadyExceptGovernance(highRisk: true);
        project.SaveImpactAssessment(null, ImpactAssessmentKind.DataProtection, InProgress, TestProjects.Manager, At);
        project.AddOversightMember("Ina Internal", "Council", "Social work", Independence.Internal, TestProjects.Manager, At);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is IndependentOversightMemberNeededRule);

        project.AddOversightMember("Ida Independent", "University", "Ethics", Independence.Independent, TestProjects.Manager, At);
        Assert.DoesNotContain(project.EvaluateGate().BrokenRules, r => r is IndependentOversightMemberNeededRule);
    }

    [Fact]
    public void RemovingAMember_AndRecordingAMeeting_AreAudited()
    {
        var project = AtStage4ReadyExceptGovernance();
        project.AddOversightMember("Ina Internal", null, null, Independence.Internal, TestProjects.Manager, At);
        project.ClearPendingChanges();

        project.RemoveOversightMember(project.OversightMembers.Single().Id, TestProjects.Manager, At);
        project.RecordOversightMeeting(new DateOnly(2026, 1, 12), "Ina, Olu", "Proceed to design", TestProjects.Manager, At);

        Assert.Equal(["OversightMemberRemoved", "OversightMeetingRecorded"], project.PendingChanges.Select(c => c.Kind));
        Assert.Empty(project.OversightMembers);
    }

    private static Project AtStage4ReadyExceptGovernance(bool highRisk = false)
    {
        var project = TestProjects.AdvancedTo(4);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        project.CompleteTriage(highRisk ? TestProjects.LowRiskTriage with { PredictsAboutIndividuals = true } : TestProjects.LowRiskTriage, TestProjects.Manager, At);
        if (highRisk)
        {
            TestProjects.StartHighRiskAssessments(project);
        }

        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory && !project.IsResolved(i)))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        for (var question = 1; question <= 5; question++)
        {
            project.AnswerWorkbookQuestion(question, "Answered", TestProjects.Manager, At);
        }

        project.SaveBusinessCase(TestProjects.Case, TestProjects.Manager, At);
        project.SubmitForSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, TestProjects.Manager, At);
        project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, Lifecycle.Domain.SignOffs.Decision.Approved, null, TestProjects.Leader, At);
        return project;
    }
}
