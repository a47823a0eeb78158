using Lifecycle.Domain.Audit;

namespace Lifecycle.Web.Display;

/// <summary>What a person is told after asking for every entry of a trail to be checked.</summary>
public static class AuditCheckMessages
{
    public static string After(AuditCheckpoint result) => result.IsIntact
        ? $"Every entry was checked: the trail is intact up to entry {result.Sequence}."
        : $"Every entry was checked: the trail breaks at entry {result.BrokenAtSequence}.";
}
