using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Security;

/// <summary>
/// Counts wrong passwords by email and address, instead of locking accounts: someone guessing at a
/// named person's email from their own address slows only themselves, and the person can still
/// sign in from the office. Guessing from many addresses uses up the email's allowance for browsers it
/// has not been used on, never for a browser the person has signed in on before (<see cref="KnownDevices"/>),
/// which has its own. Any email typed is counted the same way, known or not, so the answer never tells
/// anyone whether an account exists.
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

    public bool MustWait(string email, IPAddress? address) => WaitFor(email, address, knownDevice: null) != SignInWait.None;

    /// <summary>Whether sign-in with this email must wait, and why; a browser the person has used before has its own allowance.</summary>
    public SignInWait WaitFor(string email, IPAddress? address, string? knownDevice)
    {
        if (knownDevice is not null)
        {
            return NoneLeft(_byAccountAndAddress, DeviceKeyOf(email, knownDevice)) ? SignInWait.ThisPlace : SignInWait.None;
        }

        return NoneLeft(_byAccountAndAddress, KeyOf(email, address)) ? SignInWait.ThisPlace
            : NoneLeft(_byAccount, KeyOf(email)) ? SignInWait.NewBrowsers
            : SignInWait.None;
    }

    public void RecordFailure(string email, IPAddress? address) => RecordFailure(email, address, knownDevice: null);

    public void RecordFailure(string email, IPAddress? address, string? knownDevice)
    {
        if (knownDevice is not null)
        {
            using var own = _byAccountAndAddress.AttemptAcquire(DeviceKeyOf(email, knownDevice));
            return;
        }

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

    private static string DeviceKeyOf(string email, string device) => email.Trim().ToUpperInvariant() + "|device:" + device;

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

/// <summary>Why a sign-in must wait: wrong passwords from this address or browser, or from too many new browsers.</summary>
public enum SignInWait
{
    None,
    ThisPlace,
    NewBrowsers,
}
