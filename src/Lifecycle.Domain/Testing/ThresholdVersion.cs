namespace Lifecycle.Domain.Testing;

/// <summary>
/// One setting of a predictive tool's accuracy thresholds. Never changed: a change adds a version,
/// with the reason when testing had already begun, so every result can be judged against the
/// thresholds in force when it was recorded.
/// </summary>
public sealed class ThresholdVersion
{
    private ThresholdVersion()
    {
        Thresholds = null!;
        SetByName = string.Empty;
    }

    internal ThresholdVersion(Guid projectId, int number, AccuracyThresholds thresholds, string? reason, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Thresholds = thresholds;
        Reason = reason;
        SetById = actor.PersonId;
        SetByName = actor.Name;
        SetAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>1 for the first thresholds set, then 2, and so on.</summary>
    public int Number { get; private set; }

    public AccuracyThresholds Thresholds { get; private set; }

    /// <summary>Why they changed; required once the first test run is recorded.</summary>
    public string? Reason { get; private set; }

    public Guid SetById { get; private set; }

    public string SetByName { get; private set; }

    public DateTime SetAt { get; private set; }
}
