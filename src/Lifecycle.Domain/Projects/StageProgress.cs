namespace Lifecycle.Domain.Projects;

/// <summary>When a project entered a stage and, once it moved on, when it completed it.</summary>
public sealed class StageProgress
{
    private StageProgress()
    {
        EnteredByName = string.Empty;
    }

    internal StageProgress(Guid projectId, int stageNumber, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        StageNumber = stageNumber;
        EnteredAt = at;
        EnteredById = actor.PersonId;
        EnteredByName = actor.Name;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int StageNumber { get; private set; }

    public DateTime EnteredAt { get; private set; }

    public Guid EnteredById { get; private set; }

    public string EnteredByName { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public Guid? CompletedById { get; private set; }

    public string? CompletedByName { get; private set; }

    /// <summary>Set when the project went back to an earlier stage from here instead of moving on.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>True once the project has left the stage, whether it moved on or went back.</summary>
    public bool IsCompleted => CompletedAt.HasValue;

    public bool WasReturned => ReturnReason is not null;

    internal void Complete(Actor actor, DateTime at)
    {
        CompletedAt = at;
        CompletedById = actor.PersonId;
        CompletedByName = actor.Name;
    }

    internal void Return(string reason, Actor actor, DateTime at)
    {
        Complete(actor, at);
        ReturnReason = reason;
    }
}
