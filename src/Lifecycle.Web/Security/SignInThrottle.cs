using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Security;

/// <summary>
/// Counts wrong passwords by email and address, instead of locking accounts: someone guessing at a
/// named person's email from their own address slows only themselves, and the person can still
/// sign in from the office. Any email typed is counted the same way, known or not, so the answer
/// never tells anyone whether an account exists.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAccountAndAddress;
    private readonly PartitionedRateLimiter<string> _byAccount;

    public SignInThrottle(IOptions<SignInLimits> options)
    {
        var limits = options.Value;
        _byAccountAndAddress = Limiter(limits.FailuresPerAccountFromOneAddress, limits.WindowMinutes);
        _byAccount = Limiter(limits.FailuresPerAccount, limits.WindowMinutes);
        WindowMinutes = limits.WindowMinutes;
    }

    public int WindowMinutes { get; }

    public bool MustWait(string email, IPAddress? address) =>
        NoneLeft(_byAccountAndAddress, KeyOf(email, address)) || NoneLeft(_byAccount, KeyOf(email));

    public void RecordFailure(string email, IPAddress? address)
    {
        using var one = _byAccountAndAddress.AttemptAcquire(KeyOf(email, address));
        using var two = _byAccount.AttemptAcquire(KeyOf(email));
    }

    public void Dispose()
    {
        _byAccountAndAddress.Dispose();
        _byAccount.Dispose();
    }

    private static bool NoneLeft(PartitionedRateLimiter<string> limiter, string key) =>
        limiter.GetStatistics(key) is { CurrentAvailablePermits: <= 0 };

    private static string KeyOf(string email, IPAddress? address = null) =>
        email.Trim().ToUpperInvariant() + (address is null ? string.Empty : "|" + address);

    private static PartitionedRateLimiter<string> Limiter(int permits, int windowMinutes) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(windowMinutes),
            SegmentsPerWindow = 3,
            QueueLimit = 0,
        }));
}
