namespace Lifecycle.Domain.SignOffs;

/// <summary>Something submitted for a senior leader's decision, with a fingerprint of exactly what was submitted. Never changed.</summary>
public sealed class SignOffRequest
{
    private SignOffRequest()
    {
        Fingerprint = RequestedByName = string.Empty;
    }

    internal SignOffRequest(Guid projectId, int number, SignOffKind kind, string fingerprint, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        Number = number;
        ProjectId = projectId;
        Kind = kind;
        Fingerprint = fingerprint;
        RequestedById = actor.PersonId;
        RequestedByName = actor.Name;
        RequestedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>1 for the project's first request of any kind, then 2, and so on: orders requests made at the same moment.</summary>
    public int Number { get; private set; }

    public SignOffKind Kind { get; private set; }

    public string Fingerprint { get; private set; }

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTime RequestedAt { get; private set; }
}
