using Microsoft.AspNetCore.WebUtilities;

namespace Lifecycle.Web.Startup;

/// <summary>
/// The address people use to reach Lifecycle (App:PublicBaseUrl), e.g. https://lifecycle.council.gov.uk.
/// Every absolute link (invitations, emails) is built from it, never from the request's Host header,
/// and unless AllowedHosts is set, only its host name is served.
/// </summary>
public sealed class PublicAddress
{
    public const string Section = "App";

    public string? PublicBaseUrl { get; set; }

    public Uri? BaseUri => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>
    /// An absolute link to a path of the app. Only in Development, where the address may be left unset,
    /// is it taken from the request instead.
    /// </summary>
    public string LinkTo(string pathAndQuery, HttpRequest? request = null) =>
        new Uri(BaseUri ?? (request is null
            ? throw new InvalidOperationException("App:PublicBaseUrl is not set.")
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")), pathAndQuery.TrimStart('/')).ToString();

    /// <summary>The one-time link that lets a person set their password (an invitation, or a reset they asked for).</summary>
    public string InvitationLink(Guid personId, string token, HttpRequest? request = null) =>
        LinkTo(QueryHelpers.AddQueryString("/account/accept-invitation",
            new Dictionary<string, string?> { ["person"] = personId.ToString(), ["token"] = token }), request);
}
