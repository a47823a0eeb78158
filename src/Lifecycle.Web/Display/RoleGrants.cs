namespace Lifecycle.Web.Display;

/// <summary>Which role changes to offer a person, mirroring the domain's separation-of-duties rules so pages never offer what would be refused.</summary>
public static class RoleGrants
{
    public static bool CanChange(ProjectRole role, Guid personId, Guid currentPersonId, bool isOrganisationAdministrator) =>
        personId != currentPersonId && (isOrganisationAdministrator || role is not (ProjectRole.SeniorLeader or ProjectRole.OversightMember));

    public static IReadOnlyList<ProjectRole> Grantable(bool isOrganisationAdministrator) =>
        Enum.GetValues<ProjectRole>().Where(r => isOrganisationAdministrator || r is not (ProjectRole.SeniorLeader or ProjectRole.OversightMember)).ToList();
}
