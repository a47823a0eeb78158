using System.Security.Claims;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// Everything a session cookie's claims are made from, read in one query: the security stamp, who the person is and
/// what they may do. The cookie is rebuilt only when one of these has changed since it was issued.
/// </summary>
internal sealed record SessionFacts(
    Guid PersonId,
    string? UserName,
    string? Email,
    string? SecurityStamp,
    Guid OrganisationId,
    string DisplayName,
    bool IsServiceAdministrator,
    bool IsOrganisationAdministrator,
    bool MustSetUpTwoFactor,
    bool HasStoredClaims)
{
    private static readonly Func<LifecycleDbContext, Guid, CancellationToken, Task<SessionFacts?>> Query =
        EF.CompileAsyncQuery((LifecycleDbContext db, Guid personId, CancellationToken _) => db.Users
            .Where(p => p.Id == personId)
            .Select(p => new SessionFacts(
                p.Id,
                p.UserName,
                p.Email,
                p.SecurityStamp,
                p.OrganisationId,
                p.DisplayName,
                p.IsServiceAdministrator,
                p.IsOrganisationAdministrator,
                !p.TwoFactorEnabled && p.PasswordHash != null && db.Organisations.Any(o => o.Id == p.OrganisationId && o.RequireTwoFactor),
                db.UserClaims.Any(c => c.UserId == p.Id)))
            .SingleOrDefault());

    public static Task<SessionFacts?> ReadAsync(LifecycleDbContext db, Guid personId, CancellationToken cancellationToken) =>
        Query(db, personId, cancellationToken);

    /// <summary>The claims this service adds to Identity's own (id, user name, email, security stamp).</summary>
    public IEnumerable<Claim> LifecycleClaims()
    {
        yield return new Claim(Identity.LifecycleClaims.OrganisationId, OrganisationId.ToString());
        yield return new Claim(Identity.LifecycleClaims.DisplayName, DisplayName);
        if (IsServiceAdministrator)
        {
            yield return new Claim(Identity.LifecycleClaims.ServiceAdministrator, "true");
        }

        if (IsOrganisationAdministrator)
        {
            yield return new Claim(Identity.LifecycleClaims.OrganisationAdministrator, "true");
        }

        if (MustSetUpTwoFactor)
        {
            yield return new Claim(Identity.LifecycleClaims.MustSetUpTwoFactor, "true");
        }
    }

    /// <summary>Whether the cookie's principal says exactly what these facts would make it say.</summary>
    public bool AreWhat(ClaimsPrincipal principal, ClaimsIdentityOptions names) =>
        !HasStoredClaims
        && Says(principal, names.UserIdClaimType, PersonId.ToString())
        && Says(principal, names.UserNameClaimType, UserName)
        && Says(principal, names.EmailClaimType, string.IsNullOrEmpty(Email) ? null : Email)
        && Says(principal, names.SecurityStampClaimType, SecurityStamp)
        && LifecycleClaims().Select(c => (c.Type, c.Value)).ToHashSet()
            .SetEquals(principal.Claims.Where(c => c.Type.StartsWith("lifecycle:", StringComparison.Ordinal)).Select(c => (c.Type, c.Value)));

    private static bool Says(ClaimsPrincipal principal, string type, string? value) =>
        principal.FindAll(type).Select(c => c.Value).ToList() is var values && (value is null ? values.Count == 0 : values is [var only] && only == value);
}
