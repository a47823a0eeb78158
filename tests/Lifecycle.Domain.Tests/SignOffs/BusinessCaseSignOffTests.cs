using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Tests.SignOffs;

public sealed class BusinessCaseSignOffTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(20);

    [Fact]
    public void Approval_RecordsWhoRoleWhenDecisionAndFingerprint()
    {
        var project = Submitted();

        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, "Proportionate and well evidenced", TestProjects.Leader, At);

        var signOff = Assert.Single(project.SignOffs);
        Assert.Equal((TestProjects.Leader.PersonId, "Senior leader", At, Decision.Approved), (signOff.DecidedById, signOff.DecidedInRole, signOff.DecidedAt, signOff.Decision));
        Assert.Equal(project.CurrentFingerprint(SignOffKind.BusinessCase), signOff.Fingerprint);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.BusinessCase));
    }

    [Fact]
    public void EditingAfterApproval_MakesTheApprovalNoLongerMatchAndClosesTheGate()
    {
        var project = Submitted();
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, At);

        project.SaveBusinessCase(TestProjects.Case with { BuildCost = 90_000 }, TestProjects.Manager, At.AddDays(1));

        Assert.Equal(ApprovalState.ApprovalNoLongerMatches, project.ApprovalStateOf(SignOffKind.BusinessCase));
        var rule = Assert.Single(project.EvaluateGate().BrokenRules.OfType<ApprovalMustMatchRule>());
        Assert.Contains("changed since it was approved", rule.Message, StringComparison.Ordinal);
        Assert.Single(project.SignOffs);
    }

    [Fact]
    public void SubmitterCannotApproveTheirOwnSubmission()
    {
        var project = TestProjects.AdvancedTo(4);
        project.SaveBusinessCase(TestProjects.Case, TestProjects.Leader, At);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Leader, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, At));

        Assert.IsType<DeciderMustNotBeSubmitterRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void OnlySeniorLeadersDecide_AndRejectionsSayWhy()
    {
        var project = Submitted();
        var practitioner = new Actor(Guid.NewGuid(), "Dan Practitioner");

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.BusinessCase, Decision.Rejected, " ", practitioner, At));

        Assert.Equal([typeof(DeciderMustBeSeniorLeaderRule), typeof(RejectionMustSayWhyRule)], refusal.BrokenRules.Select(r => r.GetType()));
        Assert.Empty(project.SignOffs);
    }

    [Fact]
    public void EditingWhileAwaitingDecision_RefusesTheDecisionUntilResubmitted()
    {
        var project = Submitted();
        project.SaveBusinessCase(TestProjects.Case with { RedLines = "Also no use in court proceedings" }, TestProjects.Manager, At);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, At));
        Assert.IsType<SubmittedContentMustBeUnchangedRule>(Assert.Single(refusal.BrokenRules));

        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At);
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, At);
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.BusinessCase));
        Assert.Equal(2, project.SignOffRequests.Count);
    }

    [Fact]
    public void Rejection_IsKeptAndAResubmissionCanBeApproved()
    {
        var project = Submitted();
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Rejected, "Costs are missing the licence fee", TestProjects.Leader, At);
        Assert.Equal(ApprovalState.Rejected, project.ApprovalStateOf(SignOffKind.BusinessCase));

        project.SaveBusinessCase(TestProjects.Case with { RunningCost = 9_000 }, TestProjects.Manager, At);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At);
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, At);

        Assert.Equal([Decision.Rejected, Decision.Approved], project.SignOffs.Select(s => s.Decision));
    }

    [Fact]
    public void Submitting_WithoutAProblemStatement_OrTwice_IsRefused()
    {
        var project = TestProjects.AdvancedTo(4);
        var empty = Assert.Throws<BusinessRuleViolationException>(() => project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At));
        Assert.IsType<BusinessCaseMustBeWrittenRule>(Assert.Single(empty.BrokenRules));

        project.SaveBusinessCase(TestProjects.Case, TestProjects.Manager, At);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At);
        var twice = Assert.Throws<BusinessRuleViolationException>(() => project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At));
        Assert.IsType<SignOffMustNotAlreadyBeAwaitedRule>(Assert.Single(twice.BrokenRules));
    }

    [Fact]
    public void NegativeCosts_AreRefused()
    {
        var project = TestProjects.AdvancedTo(4);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.SaveBusinessCase(TestProjects.Case with { TrainingCost = -1 }, TestProjects.Manager, At));

        Assert.IsType<CostsMustNotBeNegativeRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void Canonical_TreatsTheSameAmountWrittenDifferentlyAsEqual()
    {
        var plain = TestProjects.Case with { BuildCost = 1000m, RunningCost = 12.5m };
        var stored = TestProjects.Case with { BuildCost = 1000.00m, RunningCost = 12.50m };

        Assert.Equal(plain.Canonical(), stored.Canonical());
        Assert.NotEqual(plain.Canonical(), (plain with { BuildCost = 1000.01m }).Canonical());
    }

    private static Project Submitted()
    {
        var project = TestProjects.AdvancedTo(4);
        project.SaveBusinessCase(TestProjects.Case, TestProjects.Manager, At);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, At);
        return project;
    }
}
