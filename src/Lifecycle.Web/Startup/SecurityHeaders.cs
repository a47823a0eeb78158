using Lifecycle.Web.Security.SingleSignOn;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Startup;

/// <summary>
/// Headers that keep pages from being framed, sniffed or loading scripts from elsewhere. Forms post only to Lifecycle,
/// except that the sign-in pages' forms may be sent on to the councils' own single sign-on providers (a browser applies
/// form-action to the redirect that follows a form, so without them "Sign in with your council account" does nothing).
/// </summary>
internal sealed class SecurityHeaders
{
    private const string SignInPages = "/account/sign-in";
    private readonly RequestDelegate _next;
    private readonly string _policy;
    private readonly string _signInPolicy;

    public SecurityHeaders(RequestDelegate next, IOptions<SingleSignOnOptions> singleSignOn)
    {
        _next = next;
        _policy = PolicyWithFormsTo("'self'");
        var providers = singleSignOn.Value.ByOrganisation().Values
            .Select(p => Uri.TryCreate(p.Authority, UriKind.Absolute, out var authority) ? authority.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        _signInPolicy = PolicyWithFormsTo(string.Join(' ', providers.Prepend("'self'")));
    }

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(SignInPages, StringComparison.OrdinalIgnoreCase) ? _signInPolicy : _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return _next(context);
    }

    private static string PolicyWithFormsTo(string formTargets) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"form-action {formTargets}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
}
