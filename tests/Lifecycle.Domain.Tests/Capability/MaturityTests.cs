using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Domain.Tests.Capability;

public sealed class MaturityTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(2);

    [Theory]
    [InlineData(new[] { 4, 5, 4, 4, 5 }, MaturityLevel.High)]
    [InlineData(new[] { 1, 2, 2, 1, 2 }, MaturityLevel.Low)]
    [InlineData(new[] { 4, 4, 4, 4, 3 }, MaturityLevel.Medium)]
    [InlineData(new[] { 2, 2, 2, 2, 3 }, MaturityLevel.Medium)]
    [InlineData(new[] { 1, 5, 1, 5, 1 }, MaturityLevel.Medium)]
    public void Result_IsHighOnlyWhenEveryPartIsHighAndLowOnlyWhenEveryPartIsLow(int[] scores, MaturityLevel expected) =>
        Assert.Equal(expected, MaturityScale.ResultOf(scores));

    [Theory]
    [InlineData(MaturityLevel.Low, AnalyticsType.Descriptive, false)]
    [InlineData(MaturityLevel.Medium, AnalyticsType.Diagnostic, true)]
    [InlineData(MaturityLevel.Medium, AnalyticsType.Predictive, false)]
    [InlineData(MaturityLevel.High, AnalyticsType.Predictive, true)]
    public void Result_PermitsAnalyticsTypes(MaturityLevel level, AnalyticsType type, bool permitted) =>
        Assert.Equal(permitted, level.Permits(type));

    [Fact]
    public void Leaving2_WithoutAssessment_RefusesWithAssessmentRule()
    {
        var project = TestProjects.AdvancedTo(2);
        CompleteChecklist(project);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));

        Assert.IsType<MaturityMustBeAssessedRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void Leaving2_AtLowMaturity_RefusesWithLowMaturityRule()
    {
        var project = TestProjects.AdvancedTo(2);
        CompleteChecklist(project);
        project.RecordMaturityAssessment(TestProjects.Scores(1), TestProjects.Manager, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));

        Assert.IsType<MaturityMustNotBeLowRule>(Assert.Single(refusal.BrokenRules));
        Assert.Equal(MaturityLevel.Low, project.MaturityResult);
    }

    [Fact]
    public void Record_WithMissingPartOutOfRangeScoreAndNoReason_RefusesWithEachRule()
    {
        var project = TestProjects.AdvancedTo(2);
        var scores = TestProjects.Scores(3).Take(3)
            .Append(new ComponentScore(MaturityComponent.AnalyticalCapacity, 6, "Strong team"))
            .Append(new ComponentScore(MaturityComponent.GovernanceAndPrivacy, 3, "  "))
            .Where(s => s.Component != MaturityComponent.DataManagement)
            .ToList();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMaturityAssessment(scores, TestProjects.Manager, At));

        Assert.Contains(refusal.BrokenRules, r => r is EveryMaturityComponentMustBeScoredRule);
        Assert.Equal(MaturityComponent.AnalyticalCapacity, Assert.Single(refusal.BrokenRules.OfType<MaturityScoreMustBeOnScaleRule>()).Score.Component);
        Assert.Equal(MaturityComponent.GovernanceAndPrivacy, Assert.Single(refusal.BrokenRules.OfType<MaturityScoreMustBeJustifiedRule>()).Score.Component);
        Assert.Empty(project.MaturityScores);
    }

    [Fact]
    public void Redoing_TheAssessment_ReplacesScoresAndRecordsBeforeAndAfter()
    {
        var project = TestProjects.AdvancedTo(2);
        project.RecordMaturityAssessment(TestProjects.Scores(2), TestProjects.Manager, At);
        project.ClearPendingChanges();

        project.RecordMaturityAssessment(TestProjects.Scores(4), TestProjects.Manager, At.AddDays(30));

        Assert.Equal(MaturityLevel.High, project.MaturityResult);
        Assert.Equal(5, project.MaturityScores.Count);
        var change = Assert.Single(project.PendingChanges);
        Assert.Contains("Low", change.Before, StringComparison.Ordinal);
        Assert.Contains("High", change.After, StringComparison.Ordinal);
    }

    private static void CompleteChecklist(Project project)
    {
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }
    }
}
