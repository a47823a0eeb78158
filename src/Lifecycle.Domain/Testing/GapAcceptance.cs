namespace Lifecycle.Domain.Testing;

/// <summary>
/// A senior leader accepted that one group in a result had too few cases to judge, and why; the
/// result can then pass without more cases. Never changed.
/// </summary>
public sealed class GapAcceptance
{
    private GapAcceptance()
    {
        Group = Reason = AcceptedByName = string.Empty;
    }

    internal GapAcceptance(string group, string reason, Actor actor, DateTime at)
    {
        Group = group;
        Reason = reason;
        AcceptedById = actor.PersonId;
        AcceptedByName = actor.Name;
        AcceptedAt = at;
    }

    public string Group { get; private set; }

    public string Reason { get; private set; }

    public Guid AcceptedById { get; private set; }

    public string AcceptedByName { get; private set; }

    public DateTime AcceptedAt { get; private set; }
}
