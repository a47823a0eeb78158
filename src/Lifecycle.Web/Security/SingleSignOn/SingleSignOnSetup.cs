using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Web.Security.SingleSignOn;

/// <summary>Registers one OpenID Connect scheme per organisation that has single sign-on configured.</summary>
public static class SingleSignOnSetup
{
    public static WebApplicationBuilder AddSingleSignOn(this WebApplicationBuilder builder)
    {
        // Schemes must exist before the app starts, so the list is read now; a mistake stops the app with the setting named.
        var configured = builder.Configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new();
        var problems = configured.Problems(builder.Environment.IsDevelopment()).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Single sign-on is not set up correctly: " + string.Join("; ", problems));
        }

        builder.Services.Configure<SingleSignOnOptions>(builder.Configuration.GetSection(SingleSignOnOptions.Section));
        builder.Services.AddScoped<SingleSignOnPeople>();
        var authentication = builder.Services.AddAuthentication();
        foreach (var (organisationId, provider) in configured.ByOrganisation())
        {
            authentication.AddOpenIdConnect(SingleSignOnSchemes.For(organisationId), options => Configure(options, organisationId, provider));
        }

        // The session is rebuilt from the database on every request; keep how the person signed in.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = KeepAuthenticationMethod);
        return builder;
    }

    private static void Configure(OpenIdConnectOptions options, Guid organisationId, SingleSignOnProvider provider)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.ResponseType = "code";
        options.ResponseMode = "query";
        options.UsePkce = true;
        options.CallbackPath = SingleSignOnSchemes.CallbackPath(organisationId);
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        options.MapInboundClaims = false;
        options.SaveTokens = false;

        // Providers that follow the standard send the email in the userinfo answer rather than the ID token: read both.
        options.GetClaimsFromUserInfoEndpoint = true;
        options.ClaimActions.MapUniqueJsonKey("email", "email");
        options.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        if (Uri.TryCreate(provider.Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp)
        {
            options.RequireHttpsMetadata = false; // only reached for a loopback provider in Development (see SingleSignOnProvider.Problems)
        }

        // Returned by a top-level GET redirect, so Lax cookies come back; Secure whenever the request is HTTPS.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        options.Events.OnRemoteFailure = context => Refuse(context, SingleSignOnProblem.Failed, context.Failure);
        options.Events.OnAccessDenied = context => Refuse(context, SingleSignOnProblem.Cancelled, null);
    }

    /// <summary>A tampered or replayed answer, or a provider error, ends on a page that says what to do, not an error page.</summary>
    private static Task Refuse(HandleRequestContext<RemoteAuthenticationOptions> context, SingleSignOnProblem problem, Exception? failure)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnSetup))
            .LogWarning(failure, "Single sign-on refused ({Problem}) for scheme {Scheme}", problem, context.Scheme.Name);
        context.Response.Redirect($"/account/sign-in/sso?problem={problem.ToString().ToLowerInvariant()}");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private static Task KeepAuthenticationMethod(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimTypes.AuthenticationMethod) is { } method
            && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod))
        {
            identity.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, method.Value));
        }

        return Task.CompletedTask;
    }
}
