using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Lifecycle.Web.Security;

/// <summary>
/// Remembers, in a cookie only Lifecycle can read or write, which people have signed in on this browser before (by a
/// hash of their email, never the email). A browser someone has used before keeps its own allowance of wrong passwords
/// for them, so a stranger guessing from many addresses can slow sign-ins from new browsers but never keep the person
/// out of their own. A password set from an emailed link also counts: the link proves the person holds the email.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "lifecycle-device";
    private const int MostPeoplePerBrowser = 8;
    private static readonly TimeSpan RememberedFor = TimeSpan.FromDays(400);
    private readonly IDataProtector _protector = protection.CreateProtector("Lifecycle.KnownDevice.v1");

    /// <summary>This browser's id if the person with this email has signed in on it before; otherwise null.</summary>
    public string? DeviceOf(HttpContext context, string email)
    {
        var remembered = Read(context);
        return remembered is not null && remembered.People.Contains(PersonKey(email)) ? remembered.Id : null;
    }

    public void Remember(HttpContext context, string email)
    {
        var remembered = Read(context) ?? new Remembered(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), new HashSet<string>());
        var people = remembered.People.Where(p => p != PersonKey(email)).Prepend(PersonKey(email)).Take(MostPeoplePerBrowser);
        var value = _protector.Protect($"{remembered.Id}|{string.Join(',', people)}");
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = clock.GetUtcNow().Add(RememberedFor),
        });
    }

    private Remembered? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(cookie).Split('|');
            return parts.Length == 2 ? new Remembered(parts[0], parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)) : null;
        }
        catch (CryptographicException)
        {
            return null; // made or changed outside Lifecycle, or by keys since rotated away: a browser like any other
        }
    }

    private static string PersonKey(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())), 0, 16);

    private sealed record Remembered(string Id, IReadOnlySet<string> People);
}
