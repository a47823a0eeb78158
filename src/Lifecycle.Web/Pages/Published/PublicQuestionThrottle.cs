using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Pages.Published;

/// <summary>
/// Counts the questions an address has sent from the public pages. Only a question that was saved counts: a form sent
/// back with a mistake to correct does not use up the person's allowance.
/// </summary>
public sealed class PublicQuestionThrottle(IOptions<PublicQuestionLimits> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerAddress,
            Window = TimeSpan.FromMinutes(options.Value.WindowMinutes),
            QueueLimit = 0,
        }));

    /// <summary>How long to wait, at most, once an address has used its allowance: the whole window.</summary>
    public TimeSpan RetryAfter => TimeSpan.FromMinutes(options.Value.WindowMinutes);

    public bool MustWait(IPAddress? address) => _byAddress.GetStatistics(KeyOf(address)) is { CurrentAvailablePermits: <= 0 };

    public void RecordAccepted(IPAddress? address)
    {
        using var permit = _byAddress.AttemptAcquire(KeyOf(address));
    }

    public void Dispose() => _byAddress.Dispose();

    private static string KeyOf(IPAddress? address) => address?.ToString() ?? "unknown";
}
