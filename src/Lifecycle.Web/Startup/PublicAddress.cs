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
    public string LinkTo(string pathAndQuery, HttpRequest request) =>
        new Uri(BaseUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), pathAndQuery.TrimStart('/')).ToString();
}
