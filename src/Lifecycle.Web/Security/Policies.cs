namespace Lifecycle.Web.Security;

public static class Policies
{
    public const string OrganisationAdministrator = "OrganisationAdministrator";

    /// <summary>Lists and adds organisations on this instance; reads no organisation's projects.</summary>
    public const string ServiceAdministrator = "ServiceAdministrator";

    /// <summary>Reads the API with an organisation's API token; a sign-in cookie does not count.</summary>
    public const string ApiReader = "ApiReader";
}
