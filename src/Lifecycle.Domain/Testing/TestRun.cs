namespace Lifecycle.Domain.Testing;

/// <summary>
/// One alpha or beta test (stage 7), with the per-group confusion counts it produced. Never
/// changed once recorded; its results are judged against the project's thresholds when read.
/// </summary>
public sealed class TestRun : IJudgedResult
{
    private readonly List<GroupCounts> _groups = [];
    private readonly List<GapAcceptance> _acceptedGaps = [];

    private TestRun()
    {
        RecordedByName = string.Empty;
    }

    internal TestRun(Guid projectId, int number, TestRunKind kind, DateOnly ranOn, string? notes, IEnumerable<GroupCounts> groups, int? thresholdsVersion, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Kind = kind;
        RanOn = ranOn;
        Notes = notes;
        _groups.AddRange(groups);
        ThresholdsVersion = thresholdsVersion;
        RecordedById = actor.PersonId;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public TestRunKind Kind { get; private set; }

    public DateOnly RanOn { get; private set; }

    public string? Notes { get; private set; }

    public IReadOnlyList<GroupCounts> Groups => _groups;

    /// <summary>The version of the accuracy thresholds in force when this was recorded; it is judged against them.</summary>
    public int? ThresholdsVersion { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public IReadOnlyList<GapAcceptance> AcceptedGaps => _acceptedGaps;

    public Withdrawal? Withdrawal { get; private set; }

    public bool IsWithdrawn => Withdrawal is not null;

    public string Title => $"{Kind} run {Number}";

    /// <summary>The run's results judged against the thresholds; null when it has no counts or there are no thresholds.</summary>
    public EvaluationResult? Evaluate(AccuracyThresholds? thresholds, bool ungroupedAgreed) => EvaluationResult.For(_groups, thresholds, _acceptedGaps.Select(g => g.Group), ungroupedAgreed);

    internal void Withdraw(string reason, Actor actor, DateTime at) => Withdrawal = new Withdrawal(reason, actor, at);

    internal void AcceptGap(string group, string reason, Actor actor, DateTime at) => _acceptedGaps.Add(new GapAcceptance(group, reason, actor, at));
}
