namespace Lifecycle.Domain.Projects;

/// <summary>Where one checklist item stands on one project. Open items may have no row at all.</summary>
public sealed class ChecklistItemState
{
    private ChecklistItemState()
    {
        Code = string.Empty;
    }

    internal ChecklistItemState(Guid projectId, string code)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Code = code;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Code { get; private set; }

    public ChecklistOutcome Outcome { get; private set; }

    public Guid? ResolvedById { get; private set; }

    public string? ResolvedByName { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public string? Note { get; private set; }

    public string? EvidenceLink { get; private set; }

    public string? NotApplicableReason { get; private set; }

    internal void MarkDone(Actor actor, DateTime at, string? note, string? evidenceLink)
    {
        Resolve(ChecklistOutcome.Done, actor, at);
        Note = note;
        EvidenceLink = evidenceLink;
    }

    internal void MarkNotApplicable(Actor actor, DateTime at, string reason)
    {
        Resolve(ChecklistOutcome.NotApplicable, actor, at);
        NotApplicableReason = reason;
    }

    internal void Reopen()
    {
        Outcome = ChecklistOutcome.Open;
        ResolvedById = null;
        ResolvedByName = null;
        ResolvedAt = null;
        Note = null;
        EvidenceLink = null;
        NotApplicableReason = null;
    }

    internal string Describe() => Snapshot.Of(new
    {
        Outcome = Outcome.ToString(),
        Note,
        EvidenceLink,
        NotApplicableReason,
    });

    private void Resolve(ChecklistOutcome outcome, Actor actor, DateTime at)
    {
        Reopen();
        Outcome = outcome;
        ResolvedById = actor.PersonId;
        ResolvedByName = actor.Name;
        ResolvedAt = at;
    }
}
