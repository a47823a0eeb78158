using Lifecycle.Web.Exports.Pack;

namespace Lifecycle.Web.Pages.Projects.Pack;

/// <summary>Serves the pack's standalone HTML: its styles are inline so the PDF needs no web server, so exactly those styles are allowed.</summary>
internal static class PrintablePack
{
    public static ContentResult Serve(HttpResponse response, PackHtml html)
    {
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src '{html.StyleHash}'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        response.Headers.CacheControl = "no-store";
        return new ContentResult { Content = html.Html, ContentType = "text/html; charset=utf-8" };
    }
}
