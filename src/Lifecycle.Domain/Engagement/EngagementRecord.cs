namespace Lifecycle.Domain.Engagement;

/// <summary>A time the team involved stakeholders (users, children and families, partners) and what it heard.</summary>
public sealed class EngagementRecord
{
    private EngagementRecord()
    {
        Stakeholders = Method = WhatWeHeard = RecordedByName = string.Empty;
    }

    internal EngagementRecord(Guid projectId, DateOnly heldOn, string stakeholders, string method, string whatWeHeard, int stageNumber, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        HeldOn = heldOn;
        Stakeholders = stakeholders;
        Method = method;
        WhatWeHeard = whatWeHeard;
        StageNumber = stageNumber;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Stakeholders { get; private set; }

    public string Method { get; private set; }

    public string WhatWeHeard { get; private set; }

    public int StageNumber { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
