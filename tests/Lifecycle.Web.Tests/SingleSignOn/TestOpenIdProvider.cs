using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Lifecycle.Web.Tests.SingleSignOn;

/// <summary>The account the provider signs in as when the next authorisation request arrives.</summary>
/// <param name="EmailOnlyFromUserInfo">Keep the email out of the ID token and give it only from the userinfo endpoint, as providers that follow the standard do.</param>
public sealed record ProviderAccount(string Subject, string? Email, bool EmailVerified, string Name, bool EmailOnlyFromUserInfo = false);

/// <summary>
/// A real OpenID Connect provider (OpenIddict) in the test process: authorisation code flow with PKCE,
/// one confidential client, signed ID tokens. It signs in whichever account the test chooses, as a
/// council's Entra ID would after the person entered their password.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string Issuer = "https://provider.test/";
    public const string ClientId = "lifecycle";
    public const string ClientSecret = "test-client-secret";

    private readonly WebApplication _app;

    private TestOpenIdProvider(WebApplication app)
    {
        _app = app;
    }

    public ProviderAccount? NextAccount { get; set; }

    /// <summary>The provider's issuer: its address, ending with "/".</summary>
    public Uri Address { get; private init; } = new(Issuer);

    /// <summary>Every redirect URI the app asked to return to: only the organisation's callback is accepted.</summary>
    public string? AllowedRedirectUri { get; set; }

    public HttpMessageHandler Handler => _app.GetTestServer().CreateHandler();

    public HttpClient Browser() => new(_app.GetTestServer().CreateHandler()) { BaseAddress = new Uri(Issuer) };

    /// <summary>In the test process, reached only through <see cref="Handler"/> and <see cref="Browser"/>.</summary>
    public static Task<TestOpenIdProvider> StartAsync() => StartAsync(new Uri(Issuer), certificate: null);

    /// <summary>
    /// On a real https port of this machine, with <paramref name="certificate"/>, for a real browser to be sent to: another
    /// origin than the app's, as a council's provider is.
    /// </summary>
    public static Task<TestOpenIdProvider> StartOnHttpsPortAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return StartAsync(new Uri($"https://localhost:{port}/"), certificate);
    }

    private static async Task<TestOpenIdProvider> StartAsync(Uri issuer, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        TestOpenIdProvider? provider = null;
        var builder = WebApplication.CreateBuilder();
        if (certificate is null)
        {
            builder.WebHost.UseTestServer(server => server.BaseAddress = issuer);
        }
        else
        {
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, issuer.Port, listen => listen.UseHttps(certificate)));
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(issuer);
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetUserInfoEndpointUris("connect/userinfo");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();

            // No database: the test checks the one client itself.
            options.EnableDegradedMode();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (context.RedirectUri != provider!.AllowedRedirectUri)
                {
                    context.Reject(Errors.InvalidRequest, "That redirect_uri is not registered.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableUserInfoEndpointPassthrough().DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        provider = new TestOpenIdProvider(app) { Address = issuer };
        app.MapGet("/connect/authorize", (HttpContext context) => provider.Authorise(context));
        app.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync);
        await app.StartAsync();
        return provider;
    }

    private IResult Authorise(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var account = NextAccount ?? throw new InvalidOperationException("The test did not choose an account to sign in as.");
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, account.Subject));
        identity.AddClaim(new Claim(Claims.Name, account.Name));
        if (account.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, account.Email));
            identity.AddClaim(new Claim(Claims.EmailVerified, account.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(claim => account.EmailOnlyFromUserInfo && claim.Type is Claims.Email or Claims.EmailVerified
            ? [Destinations.AccessToken]
            : [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The userinfo answer: the subject, and the email and whether it is verified, read from the access token.</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (token.Principal is not { } principal)
        {
            return Results.Unauthorized();
        }

        var answer = new Dictionary<string, object> { [Claims.Subject] = principal.GetClaim(Claims.Subject)! };
        if (principal.GetClaim(Claims.Email) is { } email)
        {
            answer[Claims.Email] = email;
            answer[Claims.EmailVerified] = string.Equals(principal.GetClaim(Claims.EmailVerified), "true", StringComparison.OrdinalIgnoreCase);
        }

        return Results.Json(answer);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
