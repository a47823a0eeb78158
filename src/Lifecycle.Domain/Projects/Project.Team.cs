namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) =>
        _members.Where(m => m.PersonId == personId).Select(m => m.Role).ToHashSet();

    /// <summary>
    /// Names the project's first manager as the project is registered. The administrator registering it
    /// may name themselves: managing is not one of the roles that hold a project to account.
    /// </summary>
    public void AppointFirstManager(Guid personId, string personName, Actor actor, DateTime at)
    {
        Rules.Check(new FirstManagerMustBeTheFirstMemberRule(this));

        _members.Add(new ProjectMember(Id, personId, ProjectRole.ProjectManager, at));
        Record("RoleAssigned", personName, null, Snapshot.Of(new { Person = personName, Role = ProjectRole.ProjectManager.ToString() }), actor, at);
    }

    public void AssignRole(Guid personId, string personName, ProjectRole role, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new RoleMustNotAlreadyBeHeldRule(this, personId, personName, role),
            .. SeparationOfDuties(personId, role, actor),
            new ManagerMustNotBeSeniorLeaderRule(this, personId, personName, role),
        ]);

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
            .. SeparationOfDuties(personId, role, actor),
        ]);

        _members.RemoveAll(m => m.PersonId == personId && m.Role == role);
        Record("RoleRemoved", personName, Snapshot.Of(new { Person = personName, Role = role.ToString() }), null, actor, at);
    }

    private static IBusinessRule[] SeparationOfDuties(Guid personId, ProjectRole role, Actor actor) =>
        [new RolesMustNotBeSelfGrantedRule(personId, actor), new AccountabilityRolesNeedAnAdministratorRule(role, actor)];
}
