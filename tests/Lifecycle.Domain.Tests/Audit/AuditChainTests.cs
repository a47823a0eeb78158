using Lifecycle.Domain.Audit;

namespace Lifecycle.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly Actor Someone = new(Guid.NewGuid(), "Sam");
    private static readonly Guid Stream = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            var change = new RecordedChange("Kind", $"Subject {i}", null, $"{{\"n\":{i}}}", Someone, new DateTime(2026, 2, 1, 10, i, 0, DateTimeKind.Utc));
            entries.Add(AuditEntry.Follow(entries.LastOrDefault(), Stream, Organisation, change));
        }

        return entries;
    }

    /// <summary>A stand-in for the keyed signature: genuine when made by <see cref="Sealed"/>.</summary>
    private static string Sign(Guid stream, long count, string head) => "signed:" + AuditSeal.Content(stream, count, head).GetHashCode();

    private static bool IsGenuine(AuditSeal seal) => seal.Signature == Sign(seal.StreamId, seal.Count, seal.HeadHash);

    private static AuditSeal Sealed(List<AuditEntry> chain)
    {
        var seal = new AuditSeal(Stream, Organisation);
        seal.Reseal(chain[^1], Sign(Stream, chain[^1].Sequence, chain[^1].Hash));
        return seal;
    }

    private static AuditVerification Verify(List<AuditEntry> entries, AuditSeal? seal) => AuditVerification.Of(entries, seal, IsGenuine);

    [Fact]
    public void Verify_IntactChain_ReportsIntact()
    {
        var chain = Chain(5);

        var result = Verify(chain, Sealed(chain));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public void EachEntry_LinksToThePreviousHash()
    {
        var chain = Chain(3);

        Assert.Null(chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
    }

    [Fact]
    public void Verify_MissingEntry_ReportsWhereItBreaks()
    {
        var chain = Chain(4);
        var seal = Sealed(chain);
        chain.RemoveAt(1);

        var result = Verify(chain, seal);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_NewestEntriesRemoved_IsDetectedByTheSeal()
    {
        var chain = Chain(5);
        var seal = Sealed(chain);
        chain.RemoveRange(3, 2);

        var result = Verify(chain, seal);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.BrokenAtSequence);
        Assert.Contains("newest 2 entries are missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ChainRecomputedFromAChangedEntry_IsDetectedByTheSeal()
    {
        var chain = Chain(3);
        var seal = Sealed(chain);
        var rewritten = Chain(2);
        var forged = new RecordedChange("Kind", "Forged", null, null, Someone, new DateTime(2026, 2, 1, 11, 0, 0, DateTimeKind.Utc));
        rewritten.Add(AuditEntry.Follow(rewritten[^1], Stream, Organisation, forged));

        var result = Verify(rewritten, seal);

        Assert.False(result.IsIntact);
        Assert.Contains("rewritten outside Lifecycle", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ASealSignedWithoutTheKey_IsNotTrusted()
    {
        var chain = Chain(2);
        var forgedSeal = new AuditSeal(Stream, Organisation);
        forgedSeal.Reseal(chain[^1], "made up");

        Assert.Contains("does not match its signature", Verify(chain, forgedSeal).Problem, StringComparison.Ordinal);
        Assert.Contains("seal is missing", Verify(chain, null).Problem, StringComparison.Ordinal);
        Assert.True(Verify([], null).IsIntact);
    }
}
