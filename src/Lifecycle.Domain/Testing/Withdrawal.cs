namespace Lifecycle.Domain.Testing;

/// <summary>
/// A test run or monitoring review was recorded wrongly and taken out of use, and why. The result
/// stays on record (pages, pack and audit trail show it as withdrawn) but is no longer judged.
/// </summary>
public sealed class Withdrawal
{
    private Withdrawal()
    {
        Reason = WithdrawnByName = string.Empty;
    }

    internal Withdrawal(string reason, Actor actor, DateTime at)
    {
        Reason = reason;
        WithdrawnById = actor.PersonId;
        WithdrawnByName = actor.Name;
        WithdrawnAt = at;
    }

    public string Reason { get; private set; }

    public Guid WithdrawnById { get; private set; }

    public string WithdrawnByName { get; private set; }

    public DateTime WithdrawnAt { get; private set; }
}
