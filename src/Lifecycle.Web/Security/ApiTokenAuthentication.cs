using System.Security.Claims;
using System.Text.Encodings.Web;
using Lifecycle.Application.Api;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Security;

/// <summary>
/// Signs in an API request from its <c>Authorization: Bearer …</c> token. Only the API uses this scheme, and the API
/// accepts no other: a browser's sign-in cookie never reads the API, and a token never opens a page.
/// </summary>
internal sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public const string TokenIdClaim = "lifecycle:api-token";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be \"Bearer\" followed by an API token.");
        }

        if (await tokens.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("This API token is not recognised, has been revoked or has expired.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(TokenIdClaim, caller.TokenId.ToString()),
                new Claim(LifecycleClaims.OrganisationId, caller.OrganisationId.ToString()),
                new Claim(ClaimTypes.Name, caller.TokenName),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with a problem document that says what to send, instead of a redirect to the sign-in page.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Api.ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API token needed",
            result.Failure?.Message
            ?? "Send an API token in the Authorization header, as \"Authorization: Bearer <token>\". An organisation administrator can make one under Organisation, API tokens.");
    }

    /// <summary>The organisation a token reads, from a request this scheme signed in.</summary>
    public static Guid OrganisationOf(ClaimsPrincipal caller) =>
        Guid.Parse(caller.FindFirstValue(LifecycleClaims.OrganisationId) ?? throw new InvalidOperationException("Not signed in with an API token."));
}
