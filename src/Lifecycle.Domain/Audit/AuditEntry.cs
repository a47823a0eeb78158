namespace Lifecycle.Domain.Audit;

/// <summary>
/// One change, appended to a stream (a project, or an organisation for organisation-wide changes).
/// Never updated or deleted. Its hash covers its content and the previous entry's hash.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorName = Kind = Subject = Hash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StreamId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Kind { get; private set; }

    public string Subject { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Creates the entry that follows <paramref name="previous"/> (null for a stream's first).</summary>
    public static AuditEntry Follow(AuditEntry? previous, Guid streamId, Guid organisationId, RecordedChange change)
    {
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(),
            StreamId = streamId,
            OrganisationId = organisationId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            OccurredAt = change.At,
            ActorId = change.Actor.PersonId,
            ActorName = change.Actor.Name,
            Kind = change.Kind,
            Subject = change.Subject,
            Before = change.Before,
            After = change.After,
            PreviousHash = previous?.Hash,
        };
        entry.Hash = AuditHash.Of(entry);
        return entry;
    }
}
