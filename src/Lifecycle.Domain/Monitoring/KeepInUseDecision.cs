namespace Lifecycle.Domain.Monitoring;

/// <summary>
/// A senior leader's decision, with a reason, that a live tool stays in use while rules of gates it passed
/// earlier no longer hold. It covers exactly the rules broken when it was made: a rule that breaks later
/// needs a new decision.
/// </summary>
public sealed class KeepInUseDecision
{
    private KeepInUseDecision()
    {
        Reason = DecidedByName = Covers = string.Empty;
    }

    internal KeepInUseDecision(Guid projectId, int number, string reason, IReadOnlyList<string> covers, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Reason = reason;
        Covers = string.Join('\n', covers);
        DecidedById = actor.PersonId;
        DecidedByName = actor.Name;
        DecidedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public string Reason { get; private set; }

    /// <summary>What no longer held when the decision was made, one rule a line.</summary>
    public string Covers { get; private set; }

    public Guid DecidedById { get; private set; }

    public string DecidedByName { get; private set; }

    public DateTime DecidedAt { get; private set; }

    public IReadOnlyList<string> CoveredRules => Covers.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public bool CoversAll(IEnumerable<string> brokenRules) => brokenRules.All(CoveredRules.Contains);
}
