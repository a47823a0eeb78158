using Lifecycle.Domain.Audit;

namespace Lifecycle.Web.Display;

/// <summary>What a person is told after asking for every entry of a trail to be checked.</summary>
public static class AuditCheckMessages
{
    /// <summary>The check's result, or (with no result) that it was checked moments ago and when to ask again.</summary>
    public static string After(AuditCheckpoint? result, DateTime? tryAgainAt) => result switch
    {
        null => $"Every entry was checked in full less than a minute ago. You can ask again from {UkTime.Time(tryAgainAt!.Value)}.",
        { IsIntact: true } => $"Every entry was checked: the trail is intact up to entry {result.Sequence}.",
        _ => $"Every entry was checked: the trail breaks at entry {result.BrokenAtSequence}. {result.Problem}",
    };
}
