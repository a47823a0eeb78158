using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Web.Security;

/// <summary>
/// When the organisation requires two-factor authentication, someone signed in who has not set it up
/// is sent to set it up before anything else (they may still sign out). The requirement is for password
/// sign-ins: after single sign-on, the council's own provider asks for the second factor.
/// </summary>
internal sealed class TwoFactorSetUpFirst(RequestDelegate next)
{
    public const string SetUpPath = "/account/two-factor/set-up";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(LifecycleClaims.MustSetUpTwoFactor, "true")
            && !context.User.HasClaim(System.Security.Claims.ClaimTypes.AuthenticationMethod, SingleSignOn.SingleSignOnSchemes.AuthenticationMethod)
            && !path.StartsWithSegments(SetUpPath) && !path.StartsWithSegments("/account/sign-out")
            && !path.StartsWithSegments("/errors") && !path.StartsWithSegments("/health"))
        {
            context.Response.Redirect(SetUpPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
