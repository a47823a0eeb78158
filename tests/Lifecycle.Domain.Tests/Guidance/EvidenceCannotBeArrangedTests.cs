using Lifecycle.Domain.Testing;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 25, point 4: the testing gate judges the evidence that counts, in the order it must come.</summary>
public sealed class EvidenceCannotBeArrangedTests
{
    private static readonly ApplicabilityFacts Predictive = ApplicabilityFacts.None with { IsPredictive = true };
    private static readonly GroupCounts[] Good = [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)];
    private static readonly GroupCounts[] Poor = [new("Boys", 5, 20, 10, 15), new("Girls", 5, 20, 10, 15)];

    [Fact]
    public void BetaMustFollowAlphaRule_ABetaRunBeforeAnyAlphaRun_IsRefused()
    {
        var project = AdvancedTo(7, Predictive);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 12, 1), null, Good, Manager, Start));

        Assert.IsType<BetaMustFollowAlphaRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void LatestRunMustMeetThresholdsRule_JudgesTheLatestBetaRun_NotAGoodAlphaRecordedAfterIt()
    {
        var project = AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 11, 1), null, Good, Manager, Start);
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 12, 1), null, Poor, Manager, Start);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 12, 2), null, Good, Manager, Start);

        Assert.Contains(project.EvaluateGate().BrokenRules, r => r is LatestRunMustMeetThresholdsRule);
    }

    [Fact]
    public void ValidationMustFollowLatestBetaRule_AValidationDatedBeforeTheLatestBetaRun_IsRefused()
    {
        var project = AdvancedTo(7, Predictive);
        project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 11, 1), null, Good, Manager, Start);
        project.AddTestRun(TestRunKind.Beta, new DateOnly(2025, 12, 1), null, Good, Manager, Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RecordExternalValidation(
            new("Dr Lee", "University of the North", new DateOnly(2025, 11, 20), ValidationVerdict.SupportsGoingLive, "Sound.", []), Manager, Start));

        Assert.IsType<ValidationMustFollowLatestBetaRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void LatestValidation_IsTheOneRecordedLast_WhateverDateItCarries()
    {
        var project = AdvancedTo(7, Predictive).CompleteCurrentStage();
        project.RecordExternalValidation(new("Dr Kay", "Another university", new DateOnly(2025, 6, 2), ValidationVerdict.DoesNotSupport, "Unsafe for girls.", []), Manager, Start.AddHours(1));
        project.RecordExternalValidation(new("Dr Lee", "University of the North", new DateOnly(2025, 6, 1), ValidationVerdict.SupportsGoingLive, "Sound.", []), Manager, Start.AddHours(2));

        Assert.Equal("Dr Lee", project.LatestValidation!.Validator);
    }

    [Fact]
    public void DateMustNotBeInFutureRule_ATestRunOrValidationDatedInTheFuture_IsRefused()
    {
        var project = AdvancedTo(7, Predictive);
        var tomorrowPlusOne = DateOnly.FromDateTime(Start).AddDays(2);

        Assert.IsType<DateMustNotBeInFutureRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.AddTestRun(TestRunKind.Alpha, tomorrowPlusOne, null, Good, Manager, Start)).BrokenRules));
        Assert.IsType<DateMustNotBeInFutureRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordExternalValidation(new("Dr Lee", "University of the North", tomorrowPlusOne, ValidationVerdict.SupportsGoingLive, "Sound.", []), Manager, Start)).BrokenRules));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("Not needed")]
    public void ReasonMustBeActionableRule_AReasonTooShortToActOn_IsRefused(string reason)
    {
        var project = AdvancedTo(5);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemNotApplicable("5.6", reason, Manager, Start));

        Assert.IsType<ReasonMustBeActionableRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void ReasonMustBeActionableRule_TheSameReasonAsAnotherItem_IsRefused()
    {
        var project = AdvancedTo(5);
        project.MarkItemNotApplicable("5.6", "The tool has no interface: it produces a monthly report.", Manager, Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemNotApplicable("5.9", " the tool has no interface: it produces a monthly report.", Manager, Start));

        Assert.Contains("the same as one already given", Assert.IsType<ReasonMustBeActionableRule>(Assert.Single(refusal.BrokenRules)).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentMustNotBeSkippedRule_DpiaNotRequired_IsRefusedWhenTheTriageSaysPersonalDataAboutFamilies()
    {
        var project = AdvancedTo(4);
        project.CompleteTriage(LowRiskTriage with { PersonalData = Lifecycle.Domain.Triage.PersonalDataScale.FamiliesWithASocialWorker }, Manager, Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.SaveImpactAssessment(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection,
            new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.NotRequired, "We only use aggregate counts from the system.", "DPO", null, null, null), Manager, Start));

        Assert.IsType<AssessmentMustNotBeSkippedRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void AssessmentMustNotBeSkippedRule_EqualityAssessmentNotRequired_IsRefusedForAHighRiskTool()
    {
        var project = AdvancedTo(4, ApplicabilityFacts.None with { IsHighRisk = true });

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.SaveImpactAssessment(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.Equality,
            new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.NotRequired, "Everyone is treated the same by the tool.", "Equalities lead", null, null, null), Manager, Start));

        Assert.IsType<AssessmentMustNotBeSkippedRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void AccuracyThresholds_AMinimumOfZero_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new AccuracyThresholds(0, 0.7, 0.8, 0.1, 10));
    }

    [Fact]
    public void DateMustNotPrecedeWorkRule_AMeetingBeforeWorkBegan_IsRefused_UntilTheStartOfTheWorkIsMovedBack()
    {
        var project = AdvancedTo(4);
        var early = WorkBegan.AddDays(-30);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordOversightMeeting(early, "Olu Oversight, Priya Manager", "Agreed to explore the idea.", Manager, Start));
        Assert.Contains("change that day on the project's details page", Assert.IsType<DateMustNotPrecedeWorkRule>(Assert.Single(refusal.BrokenRules)).Refusal, StringComparison.Ordinal);

        project.ChangeDetails(project.CurrentDetails with { WorkBeganOn = early }, Manager, Start);
        project.RecordOversightMeeting(early, "Olu Oversight, Priya Manager", "Agreed to explore the idea.", Manager, Start);

        Assert.Equal(early, project.EarliestDatedRecord);
    }

    [Fact]
    public void WorkMustBeginBeforeItsRecordsRule_MovingTheStartAfterARecord_IsRefused()
    {
        var project = AdvancedTo(8);
        var earliest = project.EarliestDatedRecord!.Value;

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.ChangeDetails(project.CurrentDetails with { WorkBeganOn = earliest.AddDays(1) }, Manager, Start));

        Assert.IsType<WorkMustBeginBeforeItsRecordsRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void GoLiveApproval_RestsOnTheWithdrawnResults_SoTheDecisionPageListsThemWithTheirReasons()
    {
        var project = AdvancedTo(7, Predictive).CompleteCurrentStage();
        var poor = project.AddTestRun(TestRunKind.Alpha, new DateOnly(2025, 6, 2), null, Poor, Manager, Start);
        Assert.Equal("None", project.ApprovalBasis(Lifecycle.Domain.SignOffs.SignOffKind.GoLive).Single(f => f.Label == "Withdrawn test runs and reviews").Value);

        project.WithdrawResult(ResultKind.TestRun, poor.Number, "Uploaded last year's file by mistake.", Leader, Start);

        var fact = Assert.Single(project.ApprovalBasis(Lifecycle.Domain.SignOffs.SignOffKind.GoLive), f => f.Label == "Withdrawn test runs and reviews");
        Assert.Contains("Uploaded last year's file by mistake.", fact.Value, StringComparison.Ordinal);
    }
}
