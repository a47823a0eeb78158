namespace Lifecycle.Domain.Tests.Projects;

public sealed class ChecklistTests
{
    private static readonly DateTime At = TestProjects.Start.AddHours(2);

    [Fact]
    public void MarkDone_RecordsWhoWhenNoteAndLink()
    {
        var project = TestProjects.New();

        project.MarkItemDone("1.1", "  Mapped in workshop  ", "https://intranet.example.gov.uk/users", TestProjects.Manager, At);

        var state = project.StateOf("1.1")!;
        Assert.Equal(ChecklistOutcome.Done, state.Outcome);
        Assert.Equal("Mapped in workshop", state.Note);
        Assert.Equal("https://intranet.example.gov.uk/users", state.EvidenceLink);
        Assert.Equal(TestProjects.Manager.PersonId, state.ResolvedById);
        Assert.Equal(At, state.ResolvedAt);
        Assert.Equal(StageStatus.InProgress, project.StatusOf(1));
    }

    [Theory]
    [InlineData("not a link")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("javascript:alert(1)")]
    public void MarkDone_WithMalformedEvidenceLink_RefusesAndChangesNothing(string link)
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemDone("1.1", null, link, TestProjects.Manager, At));

        Assert.IsType<EvidenceLinkMustBeWebAddressRule>(Assert.Single(refusal.BrokenRules));
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.1"));
    }

    [Fact]
    public void MarkNotApplicable_WithoutReason_RefusesWithReasonRule()
    {
        var project = TestProjects.AdvancedTo(5);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemNotApplicable("5.6", "   ", TestProjects.Manager, At));

        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void MarkNotApplicable_OnItemThatEveryProjectMustDo_RefusesWithNotAllowedRule()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemNotApplicable("1.5", "We just want it", TestProjects.Manager, At));

        Assert.IsType<NotApplicableMustBeAllowedRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void MarkDone_ItemOfAnotherStage_RefusesWithCurrentStageRule()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemDone("3.1", null, null, TestProjects.Manager, At));

        Assert.IsType<ItemMustBeInCurrentStageRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void MarkDone_ItemThatDoesNotApply_RefusesWithApplicabilityRule()
    {
        var project = TestProjects.AdvancedTo(3);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemDone("3.8", null, null, TestProjects.Manager, At));

        Assert.IsType<ItemMustApplyToProjectRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void Reopen_ClearsTheResolutionAndRecordsBeforeAndAfter()
    {
        var project = TestProjects.New();
        project.MarkItemDone("1.1", "note", null, TestProjects.Manager, At);
        project.ClearPendingChanges();

        project.ReopenItem("1.1", TestProjects.Manager, At);

        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.1"));
        var change = Assert.Single(project.PendingChanges);
        Assert.Equal("ChecklistItemReopened", change.Kind);
        Assert.Contains("\"Done\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Open\"", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_OpenItem_RefusesLoudly()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.ReopenItem("1.1", TestProjects.Manager, At));

        Assert.IsType<ItemMustNotBeOpenRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void EveryChange_ChangesTheConcurrencyVersion()
    {
        var project = TestProjects.New();
        var before = project.Version;

        project.MarkItemDone("1.1", null, null, TestProjects.Manager, At);

        Assert.NotEqual(before, project.Version);
    }

    [Fact]
    public void OverlongNote_IsRefusedNotTruncated()
    {
        var project = TestProjects.New();

        Assert.Throws<ArgumentException>(() => project.MarkItemDone("1.1", new string('x', TextLimits.LongText + 1), null, TestProjects.Manager, At));
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.1"));
    }
}
