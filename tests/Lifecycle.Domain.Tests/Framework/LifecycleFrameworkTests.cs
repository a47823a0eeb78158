namespace Lifecycle.Domain.Tests.Framework;

public sealed class LifecycleFrameworkTests
{
    [Fact]
    public void Catalogue_HasTenStagesNumberedInOrder() =>
        Assert.Equal(Enumerable.Range(1, 10), LifecycleFramework.Stages.Select(s => s.Number));

    [Fact]
    public void Catalogue_ItemCodesAreUnique()
    {
        var codes = LifecycleFramework.Stages.SelectMany(s => s.Items).Select(i => i.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalogue_EveryStageHasMandatoryItemsThatAlwaysApply()
    {
        foreach (var stage in LifecycleFramework.Stages)
        {
            Assert.Contains(stage.Items, i => i.Mandatory && i.AppliesWhen == Applicability.Always);
        }
    }

    [Fact]
    public void Catalogue_ItemCodesStartWithTheirStageNumber()
    {
        foreach (var stage in LifecycleFramework.Stages)
        {
            Assert.All(stage.Items, i => Assert.StartsWith($"{stage.Number}.", i.Code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Catalogue_EveryItemHasATitleAndHint()
    {
        Assert.All(LifecycleFramework.Stages.SelectMany(s => s.Items), i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.False(string.IsNullOrWhiteSpace(i.Hint));
        });
    }

    [Theory]
    [InlineData(1, Phase.Explore)]
    [InlineData(4, Phase.Explore)]
    [InlineData(5, Phase.Develop)]
    [InlineData(7, Phase.Develop)]
    [InlineData(8, Phase.Develop)]
    [InlineData(10, Phase.Implement)]
    public void Catalogue_StagesBelongToTheGuidancePhases(int stage, Phase phase) =>
        Assert.Equal(phase, LifecycleFramework.Stage(stage).Phase);

    [Fact]
    public void Catalogue_ConditionalItemsCoverPredictiveThirdPartyAndHighRisk()
    {
        var kinds = LifecycleFramework.Stages.SelectMany(s => s.Items).Select(i => i.AppliesWhen).ToHashSet();
        Assert.Contains(Applicability.PredictiveOnly, kinds);
        Assert.Contains(Applicability.ThirdPartyOnly, kinds);
        Assert.Contains(Applicability.HighRiskOnly, kinds);
    }
}
