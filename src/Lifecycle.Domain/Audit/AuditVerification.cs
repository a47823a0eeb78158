namespace Lifecycle.Domain.Audit;

/// <summary>Whether a stream's chain is intact and, if not, the first entry where it breaks.</summary>
public sealed record AuditVerification(int EntriesChecked, long? BrokenAtSequence, string? Problem)
{
    public bool IsIntact => BrokenAtSequence is null;

    /// <summary>
    /// Walks entries in sequence order, recomputing each hash and its link to the one before, then
    /// checks the newest against the stream's seal (<paramref name="sealIsGenuine"/> checks its signature).
    /// </summary>
    public static AuditVerification Of(IEnumerable<AuditEntry> entriesInOrder, AuditSeal? seal, Func<AuditSeal, bool> sealIsGenuine)
    {
        AuditEntry? previous = null;
        var checkedCount = 0;
        foreach (var entry in entriesInOrder)
        {
            var problem = ProblemWith(entry, previous);
            if (problem is not null)
            {
                return new AuditVerification(checkedCount, entry.Sequence, problem);
            }

            previous = entry;
            checkedCount++;
        }

        return SealProblem(previous, seal, sealIsGenuine) is { } sealProblem
            ? new AuditVerification(checkedCount, (previous?.Sequence ?? 0) + 1, sealProblem)
            : new AuditVerification(checkedCount, null, null);
    }

    private static string? SealProblem(AuditEntry? newest, AuditSeal? seal, Func<AuditSeal, bool> sealIsGenuine)
    {
        var found = newest?.Sequence ?? 0;
        if (seal is null)
        {
            return found == 0 ? null : "The trail's seal is missing, so entries removed from its end could not be detected.";
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

    private static string? ProblemWith(AuditEntry entry, AuditEntry? previous)
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
