namespace Lifecycle.Domain.Triage;

/// <summary>One completed ethics triage. Never changed: redoing the triage adds a new record.</summary>
public sealed class TriageRecord
{
    private TriageRecord()
    {
        Answers = null!;
        CompletedByName = string.Empty;
    }

    internal TriageRecord(Guid projectId, int number, TriageAnswers answers, bool involvesThirdParty, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Answers = answers;
        InvolvesThirdParty = involvesThirdParty;
        CompletedById = actor.PersonId;
        CompletedByName = actor.Name;
        CompletedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>1 for the first triage, 2 when it was redone, and so on.</summary>
    public int Number { get; private set; }

    public TriageAnswers Answers { get; private set; }

    /// <summary>Whether a third party was involved when the triage was done; it flags procurement.</summary>
    public bool InvolvesThirdParty { get; private set; }

    public Guid CompletedById { get; private set; }

    public string CompletedByName { get; private set; }

    public DateTime CompletedAt { get; private set; }

    public TriageOutcome Outcome => TriageOutcome.Of(Answers, InvolvesThirdParty);
}
