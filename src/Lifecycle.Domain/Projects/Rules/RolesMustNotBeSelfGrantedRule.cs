using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

/// <summary>Nobody changes their own roles on a project; someone else must.</summary>
public sealed class RolesMustNotBeSelfGrantedRule(Guid personId, Actor actor) : IBusinessRule
{
    public bool IsBroken() => personId == actor.PersonId;

    public string Message => "someone else changes your roles on a project: you cannot change your own";
}
