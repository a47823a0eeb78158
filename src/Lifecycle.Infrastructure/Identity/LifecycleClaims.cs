namespace Lifecycle.Infrastructure.Identity;

/// <summary>Claims added to the sign-in cookie so every request knows the person's organisation.</summary>
public static class LifecycleClaims
{
    public const string OrganisationId = "lifecycle:organisation";
    public const string DisplayName = "lifecycle:name";
    public const string OrganisationAdministrator = "lifecycle:org-admin";
    public const string ServiceAdministrator = "lifecycle:service-admin";

    /// <summary>The organisation requires two-factor and this person has not set it up: they are sent to do so first.</summary>
    public const string MustSetUpTwoFactor = "lifecycle:must-set-up-2fa";
}
