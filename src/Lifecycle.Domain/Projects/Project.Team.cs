using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) =>
        _members.Where(m => m.PersonId == personId).Select(m => m.Role).ToHashSet();

    public void AssignRole(Guid personId, string personName, ProjectRole role, Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new RoleMustNotAlreadyBeHeldRule(this, personId, personName, role)]);

        _members.Add(new ProjectMember(Id, personId, role, at));
        Record("RoleAssigned", personName, null, Snapshot.Of(new { Person = personName, Role = role.ToString() }), actor, at);
    }

    public void RemoveRole(Guid personId, string personName, ProjectRole role, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new RoleMustBeHeldRule(this, personId, personName, role),
            new ProjectMustKeepAProjectManagerRule(this, personId, role),
        ]);

        _members.RemoveAll(m => m.PersonId == personId && m.Role == role);
        Record("RoleRemoved", personName, Snapshot.Of(new { Person = personName, Role = role.ToString() }), null, actor, at);
    }
}
