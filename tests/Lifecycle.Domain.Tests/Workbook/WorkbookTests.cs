namespace Lifecycle.Domain.Tests.Workbook;

public sealed class WorkbookTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(5);
    private static readonly Actor Dana = new(Guid.NewGuid(), "Dana Practitioner");

    [Fact]
    public void Workbook_HasFiveExploreAndSixDevelopQuestions()
    {
        Assert.Equal(Enumerable.Range(1, 5), LifecycleFramework.WorkbookQuestions.Where(q => q.Phase == Phase.Explore).Select(q => q.Number));
        Assert.Equal(Enumerable.Range(6, 6), LifecycleFramework.WorkbookQuestions.Where(q => q.Phase == Phase.Develop).Select(q => q.Number));
    }

    [Fact]
    public void EverySave_KeepsTheEarlierVersionWithWhoAndWhen()
    {
        var project = TestProjects.New();
        project.AnswerWorkbookQuestion(1, "First thoughts", TestProjects.Manager, At);

        project.AnswerWorkbookQuestion(1, "Better thoughts", Dana, At.AddHours(1));

        var history = project.AnswerHistory(1);
        Assert.Equal([(2, "Better thoughts", "Dana Practitioner"), (1, "First thoughts", "Priya Manager")], history.Select(a => (a.Version, a.Text, a.AnsweredByName)));
        Assert.Equal("Better thoughts", project.CurrentAnswer(1)!.Text);
    }

    [Fact]
    public void EmptyOrUnchangedAnswers_AreRefused()
    {
        var project = TestProjects.New();
        project.AnswerWorkbookQuestion(2, "Same", TestProjects.Manager, At);

        Assert.IsType<WorkbookAnswerMustNotBeEmptyRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.AnswerWorkbookQuestion(2, "  ", TestProjects.Manager, At)).BrokenRules));
        Assert.IsType<WorkbookAnswerMustChangeRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.AnswerWorkbookQuestion(2, " Same ", TestProjects.Manager, At)).BrokenRules));
    }

    [Fact]
    public void Leaving4_ListsTheUnansweredExploreQuestions()
    {
        var project = TestProjects.AdvancedTo(4).CompleteCurrentStage();
        var fresh = TestProjects.AdvancedTo(4);
        foreach (var item in fresh.CurrentStage.ItemsApplyingTo(fresh.Facts).Where(i => i.Mandatory))
        {
            fresh.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        fresh.AnswerWorkbookQuestion(2, "Answered", TestProjects.Manager, At);
        fresh.AnswerWorkbookQuestion(6, "Answered early", TestProjects.Manager, At);

        var rule = Assert.Single(fresh.EvaluateGate().BrokenRules.OfType<WorkbookQuestionsMustBeAnsweredRule>());
        Assert.Equal([1, 3, 4, 5], rule.Unanswered);
        Assert.DoesNotContain(project.EvaluateGate().BrokenRules, r => r is WorkbookQuestionsMustBeAnsweredRule);
    }
}
