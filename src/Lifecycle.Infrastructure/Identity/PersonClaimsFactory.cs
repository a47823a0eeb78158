using System.Security.Claims;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// The claims in the session cookie, made from <see cref="SessionFacts"/>. <see cref="SessionCheck"/> compares the
/// facts with the cookie on every request, so a change (a role, the two-factor requirement) applies on the next request.
/// </summary>
internal sealed class PersonClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options, LifecycleDbContext db)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var facts = await SessionFacts.ReadAsync(db, user.Id, CancellationToken.None)
            ?? throw new InvalidOperationException($"Person {user.Id} must be saved before they can sign in.");
        identity.AddClaims(facts.LifecycleClaims());
        return identity;
    }
}
