using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// A live tool that was stopped. Stopping is a safety action, not a retirement: the project cannot change, except to
    /// do what retirement would have asked (stage 10): archive the transparency record, tell users, look again at the
    /// Implement workbook answers.
    /// </summary>
    public bool IsWindingDown => Status == ProjectStatus.Stopped && HasGoneLive;

    /// <summary>When users and the people affected were told the stopped tool is no longer in use.</summary>
    public DateOnly? UsersToldOfStopOn { get; private set; }

    /// <summary>How they were told, and what they were offered instead.</summary>
    public string? UsersToldOfStopHow { get; private set; }

    /// <summary>Each of retirement's duties for a stopped live tool, done or not; empty for any other project.</summary>
    public IReadOnlyList<StopDuty> StopDuties => !IsWindingDown
        ? []
        :
        [
            new(StopDutyKind.ArchiveTransparencyRecord, "Archive the published transparency record", TransparencyArchivedOn is not null),
            new(StopDutyKind.TellUsers, "Tell users and the people affected that the tool has stopped", UsersToldOfStopOn is not null),
            new(StopDutyKind.LookAgainAtWorkbook, "Look again at the Implement workbook answers", ImplementAnswersLookedAtSince(StoppedAt!.Value)),
        ];

    public IReadOnlyList<StopDuty> OutstandingStopDuties => StopDuties.Where(d => !d.IsDone).ToList();

    public void RecordUsersToldOfStop(DateOnly toldOn, string? how, Actor actor, DateTime at)
    {
        var cleanHow = DomainText.Optional(how, TextLimits.LongText, "How users were told");
        Rules.CheckAll(
        [
            new ToolMustBeWindingDownRule(this),
            new DateMustNotBeInFutureRule(toldOn, at, "the date users were told"),
            new DateMustNotPrecedeRule(toldOn, StoppedAt is { } stopped ? UkCalendar.DateOf(stopped) : null, "The date users were told", "the day the tool was stopped"),
            new ReasonMustBeGivenRule(cleanHow, "how users and the people affected were told, and what they use instead"),
        ]);

        var before = UsersToldOfStopOn is { } previous ? Snapshot.Of(new { ToldOn = previous, How = UsersToldOfStopHow }) : null;
        UsersToldOfStopOn = toldOn;
        UsersToldOfStopHow = cleanHow;
        Record("UsersToldOfStop", Name, before, Snapshot.Of(new { ToldOn = toldOn, How = cleanHow }), actor, at);
    }

    private bool ImplementAnswersLookedAtSince(DateTime since) =>
        LifecycleFramework.WorkbookQuestionsOf(Phase.Implement).All(q => CurrentAnswer(q.Number) is { } answer && answer.AnsweredAt >= since);
}
