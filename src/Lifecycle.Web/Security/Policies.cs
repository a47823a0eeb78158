namespace Lifecycle.Web.Security;

public static class Policies
{
    public const string OrganisationAdministrator = "OrganisationAdministrator";
}
