namespace Lifecycle.Web.Links;

/// <summary>
/// Where the pages outside any project are, as paths. Each page's name is written here once, so a redirect or a link
/// names a method, not a path a renamed page would silently break (<c>SiteLinksTests</c> resolves every one).
/// </summary>
public sealed class SiteLinks(LinkGenerator links)
{
    public string SignIn() => PathTo("/Account/SignIn");

    public string People() => PathTo("/Organisation/People/Index");

    public string Settings() => PathTo("/Organisation/Settings/Index");

    public string ApiTokens() => PathTo("/Organisation/ApiTokens/Index");

    public string ServiceOrganisations() => PathTo("/Service/Organisations/Index");

    /// <summary>The read API's OpenAPI document (an endpoint, not a page).</summary>
    public static string OpenApiDocument() => $"{Api.ApiRoutes.Root}/openapi.json";

    private string PathTo(string page) =>
        links.GetPathByPage(page) ?? throw new InvalidOperationException($"There is no page {page}: was it renamed?");
}
