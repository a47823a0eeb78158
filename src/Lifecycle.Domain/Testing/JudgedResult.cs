namespace Lifecycle.Domain.Testing;

/// <summary>
/// What a test run (stage 7) and a monitoring review (stage 9) share: counts by group, judged against the thresholds in
/// force when it was recorded, gaps a senior leader accepted, and a withdrawal when it was recorded wrongly. Never changed
/// once recorded otherwise.
/// </summary>
public abstract class JudgedResult
{
    private readonly List<GroupCounts> _groups = [];
    private readonly List<GapAcceptance> _acceptedGaps = [];

    protected JudgedResult()
    {
        RecordedByName = string.Empty;
    }

    protected JudgedResult(Guid projectId, int number, IEnumerable<GroupCounts> groups, int? thresholdsVersion, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        _groups.AddRange(groups);
        ThresholdsVersion = thresholdsVersion;
        RecordedById = actor.PersonId;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public IReadOnlyList<GroupCounts> Groups => _groups;

    /// <summary>The version of the accuracy thresholds in force when this was recorded; it is judged against them.</summary>
    public int? ThresholdsVersion { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public IReadOnlyList<GapAcceptance> AcceptedGaps => _acceptedGaps;

    /// <summary>Set when the result was recorded wrongly and taken out of use; it is then no longer judged.</summary>
    public Withdrawal? Withdrawal { get; private set; }

    public bool IsWithdrawn => Withdrawal is not null;

    /// <summary>"Alpha run 2" or "Monitoring review 3": how pages and messages name it.</summary>
    public abstract string Title { get; }

    /// <summary>The results judged against the thresholds; null when there are no counts or no thresholds.</summary>
    /// <param name="thresholds">The thresholds to judge against.</param>
    /// <param name="ungroupedAgreed">A senior leader agreed the design's reason the tool cannot be judged by group.</param>
    public EvaluationResult? Evaluate(AccuracyThresholds? thresholds, bool ungroupedAgreed) =>
        EvaluationResult.For(_groups, thresholds, _acceptedGaps.Select(g => g.Group), ungroupedAgreed);

    internal void Withdraw(string reason, Actor actor, DateTime at) => Withdrawal = new Withdrawal(reason, actor, at);

    internal void AcceptGap(string group, string reason, Actor actor, DateTime at) => _acceptedGaps.Add(new GapAcceptance(group, reason, actor, at));
}
