using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// An authenticator app's code works once: a code someone has already used is refused for the rest of the time it is
/// valid, so a code seen over a shoulder, or replayed from a captured request, cannot sign in a second time.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<Person>
{
    public const string Name = "LifecycleAuthenticator";
    private const string LastCodeToken = "LastAuthenticatorCode";

    /// <summary>How long a code can still be accepted: its own 30 seconds and the two either side that Identity allows.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(90);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Person> manager, Person user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (await manager.GetAuthenticationTokenAsync(user, Name, LastCodeToken) is { } last
            && last.Split(' ') is [var code, var seconds]
            && code == token
            && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var usedAt)
            && now - DateTimeOffset.FromUnixTimeSeconds(usedAt) < CodeLifetime)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, Name, LastCodeToken, $"{token} {now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        return true;
    }
}
