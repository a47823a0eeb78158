namespace Lifecycle.Infrastructure.Identity;

/// <summary>Claims added to the sign-in cookie so every request knows the person's organisation.</summary>
public static class LifecycleClaims
{
    public const string OrganisationId = "lifecycle:organisation";
    public const string DisplayName = "lifecycle:name";
    public const string OrganisationAdministrator = "lifecycle:org-admin";
    public const string ServiceAdministrator = "lifecycle:service-admin";
}
