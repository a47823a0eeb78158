namespace Lifecycle.Domain.Audit;

/// <summary>Whether a stream's chain is intact and, if not, the first entry where it breaks.</summary>
/// <param name="CheckedFrom">The first entry checked (1 unless the check started after a checkpoint).</param>
/// <param name="LastIntact">The newest entry found linked and unchanged, or the checkpoint's, where a later check can start.</param>
public sealed record AuditVerification(int EntriesChecked, long? BrokenAtSequence, string? Problem, long CheckedFrom = 1, ChainLink? LastIntact = null)
{
    public bool IsIntact => BrokenAtSequence is null;

    /// <summary>
    /// Walks entries in sequence order, recomputing each hash and its link to the one before, then
    /// checks the newest against the stream's seal (<paramref name="sealIsGenuine"/> checks its signature).
    /// Given <paramref name="after"/> (a checkpoint's entry), the entries must continue from it. A project's trail
    /// (<paramref name="isProjectTrail"/>) starts with its registration, so one with no entries and no seal is broken.
    /// </summary>
    public static AuditVerification Of(IEnumerable<AuditEntry> entriesInOrder, AuditSeal? seal, Func<AuditSeal, bool> sealIsGenuine, ChainLink? after = null,
        bool isProjectTrail = false) =>
        Of(entriesInOrder, after, SealCheck.Against(seal, sealIsGenuine, isProjectTrail));

    /// <summary>Checks a run of entries that is not the end of the stream (a batch of a long one): links and hashes only.</summary>
    public static AuditVerification Partial(IEnumerable<AuditEntry> entriesInOrder, ChainLink? after) => Of(entriesInOrder, after, SealCheck.None);

    private static AuditVerification Of(IEnumerable<AuditEntry> entriesInOrder, ChainLink? after, SealCheck sealCheck)
    {
        var previous = after;
        var checkedCount = 0;
        foreach (var entry in entriesInOrder)
        {
            var problem = ProblemWith(entry, previous);
            if (problem is not null)
            {
                return new AuditVerification(checkedCount, entry.Sequence, problem, CheckedFromOf(after), previous);
            }

            previous = new ChainLink(entry.Sequence, entry.Hash);
            checkedCount++;
        }

        return sealCheck.ProblemWith(previous) is { } sealProblem
            ? new AuditVerification(checkedCount, (previous?.Sequence ?? 0) + 1, sealProblem, CheckedFromOf(after), previous)
            : new AuditVerification(checkedCount, null, null, CheckedFromOf(after), previous);
    }

    private static long CheckedFromOf(ChainLink? after) => (after?.Sequence ?? 0) + 1;

    /// <summary>Whether, and against what, the newest entry is checked against the stream's signed seal.</summary>
    private sealed record SealCheck(bool Wanted, AuditSeal? Seal, Func<AuditSeal, bool> IsGenuine, bool ExpectsEntries)
    {
        public static readonly SealCheck None = new(false, null, _ => false, false);

        public static SealCheck Against(AuditSeal? seal, Func<AuditSeal, bool> isGenuine, bool expectsEntries) => new(true, seal, isGenuine, expectsEntries);

        public string? ProblemWith(ChainLink? newest) => Wanted ? SealProblem(newest, Seal, IsGenuine, ExpectsEntries) : null;
    }

    private static string? SealProblem(ChainLink? newest, AuditSeal? seal, Func<AuditSeal, bool> sealIsGenuine, bool expectsEntries)
    {
        var found = newest?.Sequence ?? 0;
        if (seal is null)
        {
            return found > 0 ? "The trail's seal is missing, so entries removed from its end could not be detected."
                : expectsEntries ? "The trail has no entries and no seal: even the record of the project's registration is missing."
                : null;
        }

        if (!sealIsGenuine(seal))
        {
            return "The trail's seal does not match its signature: the trail was changed outside Lifecycle.";
        }

        if (seal.Count > found)
        {
            return $"The newest {seal.Count - found} entries are missing: the trail was sealed with {seal.Count} entries but only {found} were found.";
        }

        return seal.Count != found || seal.HeadHash != newest!.Hash
            ? "The newest entries do not match the trail's seal: they were rewritten outside Lifecycle."
            : null;
    }

    private static string? ProblemWith(AuditEntry entry, ChainLink? previous)
    {
        var expectedSequence = (previous?.Sequence ?? 0) + 1;
        if (entry.Sequence != expectedSequence)
        {
            return $"Entry {expectedSequence} is missing: the next entry found is {entry.Sequence}.";
        }

        if (entry.PreviousHash != previous?.Hash)
        {
            return $"Entry {entry.Sequence} does not link to the entry before it.";
        }

        return AuditHash.Of(entry) == entry.Hash
            ? null
            : $"Entry {entry.Sequence} has been changed since it was recorded.";
    }
}

/// <summary>An entry's place in its chain: what the next entry must follow.</summary>
public sealed record ChainLink(long Sequence, string Hash);
