using Lifecycle.Domain.Audit;
using Lifecycle.Domain.Common;

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

    [Fact]
    public void Verify_IntactChain_ReportsIntact()
    {
        var result = AuditVerification.Of(Chain(5));

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
        chain.RemoveAt(1);

        var result = AuditVerification.Of(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
    }
}
