using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Domain.Tests.Solution;

public sealed class SolutionTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(4);

    [Fact]
    public void ChoosingPredictive_AtMediumMaturity_IsRefusedWithTheReason()
    {
        var project = AtStage3WithMaturity(3);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.ChooseSolution(AnalyticsType.Predictive, false, TestProjects.Manager, At));

        var rule = Assert.IsType<AnalyticsTypeMustBePermittedByMaturityRule>(Assert.Single(refusal.BrokenRules));
        Assert.Contains("medium maturity permits descriptive and diagnostic analytics only", rule.Message, StringComparison.Ordinal);
        Assert.Null(project.AnalyticsType);
    }

    [Fact]
    public void ChoosingPredictive_AtHighMaturity_MakesPredictiveItemsApply()
    {
        var project = AtStage3WithMaturity(5);

        project.ChooseSolution(AnalyticsType.Predictive, true, TestProjects.Manager, At);

        Assert.True(project.Facts.IsPredictive);
        Assert.True(project.Facts.InvolvesThirdParty);
        Assert.Contains(project.CurrentStage.ItemsApplyingTo(project.Facts), i => i.Code == "3.8");
    }

    [Fact]
    public void Leaving3_WithoutTypeOrAssessedDataset_RefusesWithBothRules()
    {
        var project = AtStage3WithMaturity(4);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        project.AddDataset(TestProjects.AssessedDataset() with { Quality = DataQuality.NotAssessed }, TestProjects.Manager, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));
        Assert.Equal([typeof(AnalyticsTypeMustBeChosenRule), typeof(DatasetQualityMustBeAssessedRule)], refusal.BrokenRules.Select(r => r.GetType()));
    }

    [Fact]
    public void Leaving3_AfterMaturityFellBelowTheChosenType_IsRefused()
    {
        var project = AtStage3WithMaturity(5);
        project.ChooseSolution(AnalyticsType.Predictive, false, TestProjects.Manager, At);
        project.RecordMaturityAssessment(TestProjects.Scores(3), TestProjects.Manager, At);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is AnalyticsTypeMustBePermittedByMaturityRule);
    }

    [Fact]
    public void Dataset_WithSpecialCategoryButNotPersonalData_OrImpossibleFigures_IsRefused()
    {
        var project = AtStage3WithMaturity(4);
        var details = TestProjects.AssessedDataset() with { ContainsPersonalData = false, ContainsSpecialCategoryData = true, MissingPercent = 120 };

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddDataset(details, TestProjects.Manager, At));

        Assert.Equal([typeof(SpecialCategoryDataIsPersonalDataRule), typeof(DatasetFiguresMustBeInRangeRule)], refusal.BrokenRules.Select(r => r.GetType()));
        Assert.Empty(project.Datasets);
    }

    [Fact]
    public void UpdatingADataset_RecordsBeforeAndAfter()
    {
        var project = AtStage3WithMaturity(4);
        var id = project.AddDataset(TestProjects.AssessedDataset(), TestProjects.Manager, At);
        project.ClearPendingChanges();

        project.UpdateDataset(id, TestProjects.AssessedDataset() with { Quality = DataQuality.Poor }, TestProjects.Manager, At);

        Assert.Equal(DataQuality.Poor, project.Datasets.Single().Quality);
        var change = Assert.Single(project.PendingChanges);
        Assert.Contains("Good", change.Before, StringComparison.Ordinal);
        Assert.Contains("Poor", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingDetails_AgainstTheChosenSolution_IsRefused()
    {
        var project = AtStage3WithMaturity(4);
        project.ChooseSolution(AnalyticsType.Descriptive, false, TestProjects.Manager, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.ChangeDetails(new ProjectDetails("Renamed", null, new ApplicabilityFacts(true, false, false)), TestProjects.Manager, At));

        Assert.Contains(refusal.BrokenRules, r => r is FactsMustMatchChosenSolutionRule);
    }

    private static Project AtStage3WithMaturity(int score)
    {
        var project = TestProjects.AdvancedTo(2);
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, TestProjects.Manager, At);
        }

        project.RecordMaturityAssessment(TestProjects.Scores(4), TestProjects.Manager, At);
        project.AdvanceStage(TestProjects.Manager, At);
        project.RecordMaturityAssessment(TestProjects.Scores(score), TestProjects.Manager, At);
        return project;
    }
}
