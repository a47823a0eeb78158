namespace Lifecycle.Domain.Projects;

/// <summary>
/// Senior leaders and oversight members hold the project to account, so only an organisation
/// administrator grants or removes those roles: a project manager cannot pick their own approvers.
/// </summary>
public sealed class AccountabilityRolesNeedAnAdministratorRule(ProjectRole role, Actor actor) : IBusinessRule
{
    public bool IsBroken() => role is ProjectRole.SeniorLeader or ProjectRole.OversightMember && !actor.IsOrganisationAdministrator;

    public string Message => $"only an organisation administrator gives or takes away the {role.DisplayName().ToLowerInvariant()} role: ask your administrator";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Only an organisation administrator can give or take away the {role.DisplayName().ToLowerInvariant()} role: ask your administrator";
}
