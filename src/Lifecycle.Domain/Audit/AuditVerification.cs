namespace Lifecycle.Domain.Audit;

/// <summary>Whether a stream's chain is intact and, if not, the first entry where it breaks.</summary>
public sealed record AuditVerification(int EntriesChecked, long? BrokenAtSequence, string? Problem)
{
    public bool IsIntact => BrokenAtSequence is null;

    /// <summary>Walks entries in sequence order, recomputing each hash and its link to the one before.</summary>
    public static AuditVerification Of(IEnumerable<AuditEntry> entriesInOrder)
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

        return new AuditVerification(checkedCount, null, null);
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
