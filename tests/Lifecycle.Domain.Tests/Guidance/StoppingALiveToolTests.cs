using Lifecycle.Domain.Framework;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 25, point 5: stopping a live tool is allowed at once, but leaves retirement's duties outstanding.</summary>
public sealed class StoppingALiveToolTests
{
    private static readonly DateTime Stopped = Start.AddDays(1);

    private static Project StoppedLiveTool()
    {
        var project = AdvancedTo(9);
        project.Stop("The referral feed is sending duplicate families.", Manager, Stopped);
        return project;
    }

    [Fact]
    public void StopDuties_StoppingALiveTool_LeavesArchivingTellingUsersAndTheWorkbookReLookOutstanding()
    {
        var project = StoppedLiveTool();

        Assert.True(project.IsWindingDown);
        Assert.Equal([StopDutyKind.ArchiveTransparencyRecord, StopDutyKind.TellUsers, StopDutyKind.LookAgainAtWorkbook], project.OutstandingStopDuties.Select(d => d.Kind));
        Assert.Empty(AdvancedTo(8).StopDuties);
    }

    [Fact]
    public void ProjectMustNotBeStoppedRule_AStoppedLiveTool_DoesItsDuties_ButNothingElse()
    {
        var project = StoppedLiveTool();
        var at = Stopped.AddDays(2);

        project.ArchiveTransparencyRecord(DateOnly.FromDateTime(at), Manager, at);
        project.RecordUsersToldOfStop(DateOnly.FromDateTime(at), "An email to every team; referrals go back to the duty desk.", Manager, at);
        foreach (var question in LifecycleFramework.WorkbookQuestionsOf(Phase.Implement))
        {
            project.AnswerWorkbookQuestion(question.Number, $"Looked at again after the tool stopped ({question.Number}).", Manager, at);
        }

        Assert.Empty(project.OutstandingStopDuties);
        Assert.IsType<ProjectMustNotBeStoppedRule>(Assert.Single(Assert.Throws<BusinessRuleViolationException>(() =>
            project.AnswerWorkbookQuestion(1, "A new Explore answer.", Manager, at)).BrokenRules));
        Assert.Contains(Assert.Throws<BusinessRuleViolationException>(() =>
            project.SaveTransparencyEntries(new Dictionary<string, string?> { ["team"] = "Early help analytics" }, Manager, at)).BrokenRules, r => r is ProjectMustNotBeStoppedRule);
    }

    [Fact]
    public void DateMustNotPrecedeRule_UsersToldBeforeTheToolWasStopped_IsRefused()
    {
        var project = StoppedLiveTool();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordUsersToldOfStop(DateOnly.FromDateTime(Start), "An email to every team that used it.", Manager, Stopped.AddDays(1)));

        Assert.IsType<DateMustNotPrecedeRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void ToolMustBeWindingDownRule_AProjectStoppedBeforeGoingLive_HasNoStopDutiesToRecord()
    {
        var project = AdvancedTo(5);
        project.Stop("The council chose another approach.", Manager, Stopped);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RecordUsersToldOfStop(DateOnly.FromDateTime(Stopped), "An email to every team that used it.", Manager, Stopped));

        Assert.IsType<ToolMustBeWindingDownRule>(Assert.Single(refusal.BrokenRules));
        Assert.Empty(project.StopDuties);
    }
}
