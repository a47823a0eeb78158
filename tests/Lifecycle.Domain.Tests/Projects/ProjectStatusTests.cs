namespace Lifecycle.Domain.Tests.Projects;

public sealed class ProjectStatusTests
{
    private static readonly DateTime At = TestProjects.Start.AddDays(3);

    [Fact]
    public void PutOnHold_ThenResume_ReturnsToActive()
    {
        var project = TestProjects.New();

        project.PutOnHold("Waiting for funding decision", TestProjects.Manager, At);
        Assert.Equal(ProjectStatus.OnHold, project.Status);
        Assert.Equal("Waiting for funding decision", project.HoldReason);

        project.Resume(TestProjects.Manager, At);
        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Null(project.HoldReason);
    }

    [Fact]
    public void PutOnHold_WithoutReason_RefusesWithReasonRule()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.PutOnHold("", TestProjects.Manager, At));

        Assert.IsType<ReasonMustBeGivenRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void Resume_WhenActive_RefusesLoudly()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.Resume(TestProjects.Manager, At));

        Assert.IsType<ProjectMustBeOnHoldRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void Stop_MakesTheProjectReadOnly()
    {
        var project = TestProjects.New();

        project.Stop("The triage found the tool would not be proportionate.", TestProjects.Manager, At);

        Assert.True(project.IsReadOnly);
        Assert.Throws<BusinessRuleViolationException>(() => project.MarkItemDone("1.1", null, null, TestProjects.Manager, At));
        Assert.Throws<BusinessRuleViolationException>(() => project.PutOnHold("x", TestProjects.Manager, At));
        Assert.Throws<BusinessRuleViolationException>(() => project.Stop("again", TestProjects.Manager, At));
        var advance = Assert.Throws<BusinessRuleViolationException>(() => project.AdvanceStage(TestProjects.Manager, At));
        Assert.Contains(advance.BrokenRules, r => r is ProjectMustNotBeStoppedRule);
    }

    [Fact]
    public void Stop_WhileOnHold_IsAllowedAndRecordsReason()
    {
        var project = TestProjects.New();
        project.PutOnHold("Paused", TestProjects.Manager, At);

        project.Stop("Decided not to proceed", TestProjects.Manager, At);

        Assert.Equal(ProjectStatus.Stopped, project.Status);
        Assert.Equal("Decided not to proceed", project.StopReason);
    }
}
