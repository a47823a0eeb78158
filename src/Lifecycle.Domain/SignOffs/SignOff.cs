namespace Lifecycle.Domain.SignOffs;

/// <summary>
/// A senior leader's decision on a request: who, in what role, when, the decision, the comment and
/// the fingerprint of what they decided on. Never changed; a new decision is a new record.
/// </summary>
public sealed class SignOff
{
    private SignOff()
    {
        Fingerprint = DecidedByName = DecidedInRole = string.Empty;
    }

    internal SignOff(SignOffRequest request, Decision decision, string? comment, Actor actor, string role, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = request.ProjectId;
        RequestId = request.Id;
        Kind = request.Kind;
        Fingerprint = request.Fingerprint;
        Decision = decision;
        Comment = comment;
        DecidedById = actor.PersonId;
        DecidedByName = actor.Name;
        DecidedInRole = role;
        DecidedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid RequestId { get; private set; }

    public SignOffKind Kind { get; private set; }

    public string Fingerprint { get; private set; }

    public Decision Decision { get; private set; }

    public string? Comment { get; private set; }

    public Guid DecidedById { get; private set; }

    public string DecidedByName { get; private set; }

    public string DecidedInRole { get; private set; }

    public DateTime DecidedAt { get; private set; }
}
