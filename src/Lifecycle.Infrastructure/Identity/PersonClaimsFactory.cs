using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Identity;

internal sealed class PersonClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options)
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

        return identity;
    }
}
