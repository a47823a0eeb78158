using Lifecycle.Domain.Testing;

namespace Lifecycle.Domain.Tests.Testing;

public sealed class MetricsTests
{
    [Fact]
    public void PrecisionRecallAndAccuracy_MatchHandCalculatedValues()
    {
        var counts = new ConfusionCounts(truePositives: 40, falsePositives: 10, trueNegatives: 45, falseNegatives: 5);

        Assert.Equal(0.8, counts.Precision.Value!.Value, 10);          // 40 / (40 + 10)
        Assert.Equal(40.0 / 45, counts.Recall.Value!.Value, 10);       // 40 / (40 + 5)
        Assert.Equal(0.85, counts.Accuracy.Value!.Value, 10);          // (40 + 45) / 100
        Assert.Equal(100, counts.Total);
    }

    [Fact]
    public void WilsonInterval_MatchesPublishedValues()
    {
        var (lower, upper) = new Proportion(40, 50).Interval95!.Value;
        Assert.Equal(0.6696, lower, 4);
        Assert.Equal(0.8876, upper, 4);
    }

    [Fact]
    public void PerfectAndZeroScores_HaveIntervalsInsideZeroToOne()
    {
        var perfect = new Proportion(10, 10);
        Assert.Equal(1.0, perfect.Value);
        Assert.Equal(0.7225, perfect.Interval95!.Value.Lower, 4);
        Assert.Equal(1.0, perfect.Interval95!.Value.Upper, 10);

        var none = new Proportion(0, 10);
        Assert.Equal(0.0, none.Interval95!.Value.Lower, 10);
        Assert.Equal(0.2775, none.Interval95!.Value.Upper, 4);
    }

    [Fact]
    public void ZeroDenominators_AreNotDefined_NeverZeroOrNaN()
    {
        var nothingFlagged = new ConfusionCounts(0, 0, 7, 3);

        Assert.False(nothingFlagged.Precision.IsDefined);
        Assert.Null(nothingFlagged.Precision.Value);
        Assert.Null(nothingFlagged.Precision.Interval95);
        Assert.Equal(0.0, nothingFlagged.Recall.Value); // 0 of 3 real positives found: defined, and zero
        Assert.False(ConfusionCounts.None.Accuracy.IsDefined);
    }

    [Fact]
    public void NegativeCounts_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new ConfusionCounts(-1, 0, 0, 0));

    [Theory]
    [InlineData(1.2, 0.5, 0.5, 0.1, 10)]
    [InlineData(0.5, -0.1, 0.5, 0.1, 10)]
    [InlineData(0.5, 0.5, double.NaN, 0.1, 10)]
    [InlineData(0.5, 0.5, 0.5, 0.1, 0)]
    public void Thresholds_OutsideTheirRange_AreRefused(double precision, double recall, double accuracy, double gap, int groupSize) =>
        Assert.Throws<ArgumentException>(() => new AccuracyThresholds(precision, recall, accuracy, gap, groupSize));
}
