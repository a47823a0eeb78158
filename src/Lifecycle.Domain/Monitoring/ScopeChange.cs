namespace Lifecycle.Domain.Monitoring;

/// <summary>
/// The live tool is to be used for something new (stage 9). The triage, the impact assessments
/// and the transparency record then need looking at again before the next monitoring review.
/// </summary>
public sealed class ScopeChange
{
    private ScopeChange()
    {
        WhatChanged = Why = RecordedByName = string.Empty;
    }

    internal ScopeChange(Guid projectId, int number, string whatChanged, string why, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        WhatChanged = whatChanged;
        Why = why;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public string WhatChanged { get; private set; }

    public string Why { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
