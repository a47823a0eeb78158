using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// Checks the session cookie on every request (so signing out, which changes the security stamp, ends every copy of
/// the session at once). Identity's own check rebuilds the principal and reissues the cookie every time, at three
/// queries and an encryption a request; this reads <see cref="SessionFacts"/> in one query and leaves the cookie
/// alone when nothing has changed. When anything has (the stamp, a role, the two-factor requirement), Identity's
/// check runs as before: it refuses a changed stamp and rebuilds the principal otherwise.
/// </summary>
internal sealed class SessionCheck(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<Person> signInManager,
    ILoggerFactory logger,
    LifecycleDbContext db,
    IOptions<IdentityOptions> identity)
    : SecurityStampValidator<Person>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal
            && Guid.TryParse(principal.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value, out var personId)
            && await SessionFacts.ReadAsync(db, personId, context.HttpContext.RequestAborted) is { } facts
            && facts.AreWhat(principal, identity.Value.ClaimsIdentity))
        {
            return;
        }

        await base.ValidateAsync(context);
    }
}
