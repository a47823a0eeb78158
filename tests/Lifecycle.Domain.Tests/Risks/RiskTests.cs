using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Domain.Tests.Risks;

public sealed class RiskTests
{
    private static readonly RiskDetails Bias = new("Bias against families from minority groups", null, "Fairness", 3, 4, "Head of data", "Test results by ethnicity", RiskStatus.Open, new DateOnly(2026, 3, 1));

    [Theory]
    [InlineData(1, 4, 4, RiskRating.Low)]
    [InlineData(3, 3, 9, RiskRating.Medium)]
    [InlineData(4, 4, 16, RiskRating.High)]
    [InlineData(4, 5, 20, RiskRating.VeryHigh)]
    public void Score_IsLikelihoodTimesImpact_InBands(int likelihood, int impact, int score, RiskRating rating)
    {
        var details = Bias with { Likelihood = likelihood, Impact = impact };

        Assert.Equal((score, rating), (details.Score, details.Rating));
    }

    [Fact]
    public void Risks_AreNumberedAndUpdatesAreAudited()
    {
        var project = TestProjects.New();
        project.AddRisk(Bias, TestProjects.Manager, TestProjects.Start);
        var second = project.AddRisk(Bias with { Title = "Staff over-rely on scores" }, TestProjects.Manager, TestProjects.Start);
        project.ClearPendingChanges();

        project.UpdateRisk(second, Bias with { Title = "Staff over-rely on scores", Status = RiskStatus.Closed }, TestProjects.Manager, TestProjects.Start);

        Assert.Equal([1, 2], project.Risks.Select(r => r.Number));
        Assert.Equal("RiskUpdated", Assert.Single(project.PendingChanges).Kind);
    }

    [Fact]
    public void OffScaleScores_AreRefused()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddRisk(Bias with { Likelihood = 0, Impact = 6 }, TestProjects.Manager, TestProjects.Start));

        Assert.IsType<RiskScoresMustBeOnScaleRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void ReviewIsOverdue_OnlyForOpenRisksPastTheirDate()
    {
        var project = TestProjects.New();
        project.AddRisk(Bias, TestProjects.Manager, TestProjects.Start);
        var risk = project.Risks.Single();

        Assert.True(risk.IsReviewOverdue(new DateOnly(2026, 3, 2)));
        Assert.False(risk.IsReviewOverdue(new DateOnly(2026, 3, 1)));
    }
}
