using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Testing;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 25, point 4: every group is judged, the gap's direction is the design's, and one row for everyone is not a breakdown.</summary>
public sealed class GroupJudgementTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly AccuracyThresholds BelowOnly = new(0.5, 0.5, 0.5, 0.1, 10);
    private static readonly AccuracyThresholds BothWays = new(0.5, 0.5, 0.5, 0.1, 10, gapAppliesBothWays: true);

    // Overall recall 70%; girls 95% (25 points above), boys 45%... kept above every minimum of 50% for the gap to be the only test.
    private static readonly Dictionary<string, ConfusionCounts> FarAbove = new()
    {
        ["Boys"] = new(30, 10, 50, 20),
        ["Girls"] = new(38, 10, 50, 2),
    };

    [Fact]
    public void EvaluationResult_AGroupFarAboveOverall_PassesTheGapBelowOnly_AndFailsItWhenTheDesignSaysBothWays()
    {
        var below = EvaluationResult.Of(FarAbove, BelowOnly);
        var both = EvaluationResult.Of(FarAbove, BothWays);

        Assert.True(ThresholdCheck.Find(below.Checks.Where(c => c.Description.Contains("overall", StringComparison.Ordinal)), "Recall", "Girls")!.IsMet);
        var girls = both.Checks.Single(c => c.Metric == "Recall" && c.Group == "Girls" && c.Description.Contains("either way", StringComparison.Ordinal));
        Assert.False(girls.IsMet);
        Assert.False(both.MeetsEveryThreshold);
    }

    [Fact]
    public void AccuracyThresholds_MakingTheGapOneSidedAgain_IsLooser()
    {
        Assert.True(BelowOnly.IsLooserThan(BothWays));
        Assert.False(BothWays.IsLooserThan(BelowOnly));
    }

    [Theory]
    [InlineData("All children")]
    [InlineData("Overall")]
    [InlineData("Boys")]
    public void EvaluationResult_ASingleGroupOrOneRowForEveryone_DoesNotMeetTheGroupCheck(string name)
    {
        var result = EvaluationResult.Of(new Dictionary<string, ConfusionCounts> { [name] = new(40, 10, 45, 5) }, BelowOnly);

        var check = Assert.Single(result.Checks, c => !c.IsMet);
        Assert.Contains("at least two groups", check.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationResult_OneRowForEveryoneBesideOneGroup_IsStillOneGroup()
    {
        var result = EvaluationResult.Of(new Dictionary<string, ConfusionCounts> { ["Overall"] = new(40, 10, 45, 5), ["Girls"] = new(20, 5, 22, 3) }, BelowOnly);

        Assert.Contains(result.Checks, c => !c.IsMet && c.Description.Contains("at least two groups", StringComparison.Ordinal));
    }

    [Fact]
    public void LatestRunMustMeetThresholdsRule_ARunWithOneGroup_HoldsTesting_UntilASeniorLeaderWhoTookNoPartAgreesTheDesignsReason()
    {
        var project = AdvancedTo(7, Predictive).CompleteCurrentStage();
        GroupCounts[] everyone = [new("All children", 40, 10, 45, 5)];
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 6, 1), null, everyone, Manager, Start);
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);

        project.SetAccuracyThresholds(new(0.7, 0.7, 0.8, 0.1, 10, whyNotByGroup: "Fewer than 30 cases a year in any group we could name."),
            "The council has too few cases to break results down.", Manager, Start);

        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.UngroupedResults));
        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);
        Assert.Contains(Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.UngroupedResults, Decision.Approved, null, Manager, Start)).BrokenRules, r => r is DeciderMustNotBeSubmitterRule);

        project.DecideSignOff(SignOffKind.UngroupedResults, Decision.Approved, null, Leader, Start.AddHours(1));

        Assert.True(project.UngroupedResultsAgreed);
        Assert.DoesNotContain(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);
    }

    [Fact]
    public void LatestRunMustMeetThresholdsRule_ChangingTheReasonAfterAgreement_AsksTheSeniorLeaderAgain()
    {
        var project = AdvancedTo(7, Predictive);
        project.SetAccuracyThresholds(new(0.7, 0.7, 0.8, 0.1, 10, whyNotByGroup: "Fewer than 30 cases a year in any group we could name."), "Too few cases.", Manager, Start);
        project.DecideSignOff(SignOffKind.UngroupedResults, Decision.Approved, null, Leader, Start.AddHours(1));

        project.SetAccuracyThresholds(new(0.7, 0.7, 0.8, 0.1, 10, whyNotByGroup: "We do not hold the children's ethnicity reliably."), "A better reason.", Manager, Start.AddHours(2));

        Assert.Equal(ApprovalState.AwaitingDecision, project.ApprovalStateOf(SignOffKind.UngroupedResults));
        Assert.False(project.UngroupedResultsAgreed);
    }

    [Fact]
    public void LatestRunMustMeetThresholdsRule_TighterThresholdsAfterAPassingBetaRun_HoldTestingUntilARunMeetsThem()
    {
        var project = AdvancedTo(7, Predictive).CompleteCurrentStage();
        Assert.DoesNotContain(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);

        project.SetAccuracyThresholds(new(0.95, 0.7, 0.8, 0.1, 10), "The board asked for far fewer false alarms.", Manager, Start);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);
    }
}
