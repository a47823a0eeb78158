namespace Lifecycle.Domain.Audit;

/// <summary>
/// How many audit entries an organisation has recorded across all its trails, signed with the seal key. It only
/// ever goes up, in the same save as the entries, so it witnesses every trail at once: putting back an older copy
/// of one project's entries and seal leaves the trails' seals accounting for fewer entries than the tally, and
/// putting back an older tally leaves them accounting for more as soon as any other trail has grown.
/// </summary>
public sealed class AuditTally
{
    private AuditTally()
    {
        Signature = string.Empty;
    }

    public AuditTally(Guid organisationId)
        : this()
    {
        OrganisationId = organisationId;
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>A tally for trails that already exist, counted once when tallies were introduced.</summary>
    public static AuditTally StartingAt(Guid organisationId, long entryCount, string signature) =>
        new(organisationId) { EntryCount = entryCount, Signature = signature };

    public long EntryCount { get; private set; }

    public string Signature { get; private set; }

    /// <summary>What the signature covers.</summary>
    public static string Content(Guid organisationId, long entryCount) => $"tally|{organisationId:N}|{entryCount}";

    /// <summary>
    /// Whether the tally agrees with what the organisation's trails' seals account for (<paramref name="sealedEntries"/>,
    /// the sum of every seal's count), and if not, what is wrong in words an information governance lead can act on.
    /// </summary>
    public static string? ProblemWith(AuditTally? tally, long sealedEntries, Func<AuditTally, bool> isGenuine)
    {
        if (tally is null)
        {
            return sealedEntries == 0
                ? null
                : "The organisation's signed count of audit entries is missing, so trails put back to an earlier state could not be detected.";
        }

        if (!isGenuine(tally))
        {
            return "The organisation's signed count of audit entries does not match its signature: it was changed outside Lifecycle.";
        }

        if (tally.EntryCount > sealedEntries)
        {
            return $"{tally.EntryCount - sealedEntries} audit entries are missing from this organisation's trails: Lifecycle recorded {tally.EntryCount}, " +
                $"but the trails' seals account for only {sealedEntries}. A trail was put back to an earlier state.";
        }

        return tally.EntryCount < sealedEntries
            ? $"The organisation's trails account for {sealedEntries} audit entries but Lifecycle recorded {tally.EntryCount}: " +
                "its signed count was put back to an earlier state."
            : null;
    }
}
