using Lifecycle.Domain.Triage;

namespace Lifecycle.Domain.Tests.Triage;

public sealed class TriageGateTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(10);

    [Fact]
    public void Leaving4_WithoutTriage_RefusesWithTriageRule()
    {
        var project = AtStage4WithChecklistDone();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));

        Assert.Contains(refusal.BrokenRules, r => r is TriageMustBeCompleteRule);
    }

    [Fact]
    public void Leaving4_WhenTriageSaysDoNotProceed_RefusesUntilRedone()
    {
        var project = AtStage4WithChecklistDone();
        project.CompleteTriage(TestProjects.LowRiskTriage with { ActsWithoutProfessional = true }, TestProjects.Manager, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));
        Assert.Contains(refusal.BrokenRules, r => r is TriageMustNotSayDoNotProceedRule);

        project.CompleteTriage(TestProjects.LowRiskTriage, TestProjects.Manager, At.AddDays(1));
        project.SubmitForSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, TestProjects.Manager, At.AddDays(1));
        project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, Lifecycle.Domain.SignOffs.Decision.Approved, null, TestProjects.Leader, At.AddDays(1));

        Assert.True(project.EvaluateGate().IsOpen);
        Assert.Equal(2, project.Triages.Count);
        Assert.True(project.Triages[0].Outcome.DoNotProceed);
    }

    [Fact]
    public void HighRiskTriage_MakesHighRiskItemsMandatoryAndLocksTheFact()
    {
        var project = AtStage4WithChecklistDone();

        project.CompleteTriage(TestProjects.LowRiskTriage with { PredictsAboutIndividuals = true }, TestProjects.Manager, At);

        Assert.True(project.IsHighRisk);
        var open = project.EvaluateGate().BrokenRules.OfType<ChecklistItemMustBeResolvedRule>().Select(r => r.Item.Code);
        Assert.Equal(["4.4", "4.5", "4.7"], open);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.ChangeDetails(new ProjectDetails(project.Name, null, project.Facts with { IsHighRisk = false }), TestProjects.Manager, At));
        Assert.Contains(refusal.BrokenRules, r => r is HighRiskMustMatchTriageRule);
    }

    private static Project AtStage4WithChecklistDone()
    {
        var project = TestProjects.AdvancedTo(4);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        for (var question = 1; question <= 5; question++)
        {
            project.AnswerWorkbookQuestion(question, "Answered", TestProjects.Manager, At);
        }

        project.SaveImpactAssessment(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection,
            new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.InProgress, null, null, null, null, null), TestProjects.Manager, At);
        project.AddOversightMember("Olu", null, null, Lifecycle.Domain.Oversight.Independence.Independent, TestProjects.Manager, At);
        project.SaveBusinessCase(TestProjects.Case, TestProjects.Manager, At);
        project.SubmitForSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, TestProjects.Manager, At);
        project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, Lifecycle.Domain.SignOffs.Decision.Approved, null, TestProjects.Leader, At);
        return project;
    }
}
