namespace Lifecycle.Web.Security.SingleSignOn;

/// <summary>Names that tie one organisation to its sign-in scheme and callback address.</summary>
public static class SingleSignOnSchemes
{
    private const string Prefix = "sso-";

    /// <summary>The value of the session's authentication method claim after a single sign-on.</summary>
    public const string AuthenticationMethod = "sso";

    public static string For(Guid organisationId) => Prefix + organisationId.ToString("N");

    public static string CallbackPath(Guid organisationId) => "/signin-oidc/" + organisationId.ToString("N");

    public static Guid? OrganisationOf(string? scheme) =>
        scheme is not null && scheme.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(scheme[Prefix.Length..], "N", out var id) ? id : null;
}
