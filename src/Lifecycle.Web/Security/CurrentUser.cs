using System.Security.Claims;
using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Web.Security;

/// <summary>The signed-in person, read from the claims set at sign-in.</summary>
public sealed record CurrentUser(Guid PersonId, Guid OrganisationId, string Name, bool IsOrganisationAdministrator)
{
    public Actor Actor => new(PersonId, Name, IsOrganisationAdministrator);

    public static CurrentUser From(ClaimsPrincipal principal) => new(
        Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.")),
        Guid.Parse(principal.FindFirstValue(LifecycleClaims.OrganisationId) ?? throw new InvalidOperationException("No organisation claim.")),
        principal.FindFirstValue(LifecycleClaims.DisplayName) ?? string.Empty,
        principal.HasClaim(LifecycleClaims.OrganisationAdministrator, "true"));
}
