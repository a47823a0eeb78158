namespace Lifecycle.Web.Security;

public static class Policies
{
    public const string OrganisationAdministrator = "OrganisationAdministrator";

    /// <summary>Lists and adds organisations on this instance; reads no organisation's projects.</summary>
    public const string ServiceAdministrator = "ServiceAdministrator";
}
