using System.Security.Claims;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// The claims in the session cookie. The security stamp is checked on every request and the principal
/// rebuilt from these, so a change (a role, the two-factor requirement) applies on the next request.
/// </summary>
internal sealed class PersonClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options, LifecycleDbContext db)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LifecycleClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(LifecycleClaims.DisplayName, user.DisplayName));
        if (user.IsServiceAdministrator)
        {
            identity.AddClaim(new Claim(LifecycleClaims.ServiceAdministrator, "true"));
        }

        if (user.IsOrganisationAdministrator)
        {
            identity.AddClaim(new Claim(LifecycleClaims.OrganisationAdministrator, "true"));
        }

        if (!user.TwoFactorEnabled && await UserManager.HasPasswordAsync(user)
            && await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.RequireTwoFactor))
        {
            identity.AddClaim(new Claim(LifecycleClaims.MustSetUpTwoFactor, "true"));
        }

        return identity;
    }
}
