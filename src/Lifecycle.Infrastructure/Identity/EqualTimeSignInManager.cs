using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// Signs in as Identity does, except that an unknown email still costs one password hash check, so
/// how long the answer takes does not tell anyone whether an account exists.
/// </summary>
public sealed class EqualTimeSignInManager(
    UserManager<Person> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Person> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Person>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Person> confirmation)
    : SignInManager<Person>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Person Nobody = new();
    private static string? s_hashOfNothing;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } person)
        {
            return await PasswordSignInAsync(person, password, isPersistent, lockoutOnFailure);
        }

        s_hashOfNothing ??= UserManager.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, s_hashOfNothing, password);
        return SignInResult.Failed;
    }
}
