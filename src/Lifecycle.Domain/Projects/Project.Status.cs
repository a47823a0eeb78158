namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public DateTime? HeldAt { get; private set; }

    public string? HoldReason { get; private set; }

    public DateTime? StoppedAt { get; private set; }

    public string? StopReason { get; private set; }

    public ProjectStatus Status => ProjectStatuses.Of(HeldAt, StoppedAt, RetiredAt);

    public bool IsReadOnly => Status is ProjectStatus.Stopped or ProjectStatus.Retired;

    public void PutOnHold(string? reason, Actor actor, DateTime at)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustNotBeOnHoldRule(this),
            new ReasonMustBeGivenRule(cleanReason, "why the project is on hold"),
        ]);

        HeldAt = at;
        HoldReason = cleanReason;
        Record("ProjectPutOnHold", Name, StatusSnapshot(ProjectStatus.Active, null), StatusSnapshot(Status, cleanReason), actor, at);
    }

    public void Resume(Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ProjectMustBeOnHoldRule(this)]);

        var before = StatusSnapshot(Status, HoldReason);
        HeldAt = null;
        HoldReason = null;
        Record("ProjectResumed", Name, before, StatusSnapshot(Status, null), actor, at);
    }

    public void Stop(string? reason, Actor actor, DateTime at)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ReasonMustBeGivenRule(cleanReason, "why the project is being stopped")]);

        var before = StatusSnapshot(Status, HoldReason);
        StoppedAt = at;
        StopReason = cleanReason;
        Record("ProjectStopped", Name, before, StatusSnapshot(Status, cleanReason), actor, at);
    }

    private static string StatusSnapshot(ProjectStatus status, string? reason) =>
        Snapshot.Of(new { Status = status.ToString(), Reason = reason });
}
