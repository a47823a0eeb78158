namespace Lifecycle.Domain.Projects;

/// <summary>Nobody changes their own roles on a project; someone else must.</summary>
public sealed class RolesMustNotBeSelfGrantedRule(Guid personId, Actor actor) : IBusinessRule
{
    public bool IsBroken() => personId == actor.PersonId;

    public string Message => "someone else changes your roles on a project: you cannot change your own";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "You cannot change your own roles: ask another project manager or your organisation administrator";
}
