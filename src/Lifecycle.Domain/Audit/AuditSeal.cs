namespace Lifecycle.Domain.Audit;

/// <summary>
/// How long a stream's trail is and what its newest entry's hash is, signed with a key kept outside
/// the database. Entries chain to each other, so changing one breaks the chain; the seal adds what a
/// chain alone cannot show: that entries were removed from its end, or the whole chain recomputed.
/// </summary>
public sealed class AuditSeal
{
    private AuditSeal()
    {
        HeadHash = Signature = string.Empty;
    }

    public AuditSeal(Guid streamId, Guid organisationId)
        : this()
    {
        StreamId = streamId;
        OrganisationId = organisationId;
    }

    public Guid StreamId { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The sequence of the newest entry: the number of entries in the trail.</summary>
    public long Count { get; private set; }

    public string HeadHash { get; private set; }

    public string Signature { get; private set; }

    /// <summary>What the signature covers.</summary>
    public static string Content(Guid streamId, long count, string headHash) => $"{streamId:N}|{count}|{headHash}";

    public void Reseal(AuditEntry newest, string signature)
    {
        Count = newest.Sequence;
        HeadHash = newest.Hash;
        Signature = signature;
    }
}
