namespace Lifecycle.Domain.Audit;

/// <summary>
/// The result of the last full check of a stream's chain: every entry up to <see cref="Sequence"/> was re-hashed and
/// found linked (or, if <see cref="BrokenAtSequence"/> is set, where it broke). Viewing the trail then checks only the
/// entries after it. Signed like the seal, so a checkpoint written outside Lifecycle is not trusted.
/// </summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint()
    {
        Hash = Signature = string.Empty;
    }

    public AuditCheckpoint(Guid streamId, Guid organisationId)
        : this()
    {
        StreamId = streamId;
        OrganisationId = organisationId;
    }

    public Guid StreamId { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The newest entry the full check found intact (0 if none).</summary>
    public long Sequence { get; private set; }

    /// <summary>That entry's hash: the link the next entry must carry.</summary>
    public string Hash { get; private set; }

    public DateTime CheckedAt { get; private set; }

    public long? BrokenAtSequence { get; private set; }

    public string? Problem { get; private set; }

    public string Signature { get; private set; }

    public bool IsIntact => BrokenAtSequence is null;

    /// <summary>Where a check of later entries starts from (none when nothing was found intact).</summary>
    public ChainLink? Link => Sequence == 0 ? null : new ChainLink(Sequence, Hash);

    /// <summary>What the signature covers.</summary>
    public string Content => $"{StreamId:N}|{Sequence}|{Hash}|{CheckedAt.Ticks}|{BrokenAtSequence}|{Problem}";

    /// <summary>Keeps a full check's result: where the chain is known good up to, and where it broke if it did.</summary>
    public void Record(AuditVerification fullCheck, DateTime at, Func<string, string> sign)
    {
        Sequence = fullCheck.LastIntact?.Sequence ?? 0;
        Hash = fullCheck.LastIntact?.Hash ?? string.Empty;
        CheckedAt = at;
        BrokenAtSequence = fullCheck.BrokenAtSequence;
        Problem = fullCheck.Problem;
        Signature = sign(Content);
    }
}
