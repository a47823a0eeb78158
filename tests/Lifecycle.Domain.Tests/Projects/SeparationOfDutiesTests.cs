using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Tests.Projects;

/// <summary>Issue 11, item 1: no role can be arranged so that one person runs a project and approves it.</summary>
public sealed class SeparationOfDutiesTests
{
    private static readonly DateTime Later = TestProjects.Start.AddDays(10);
    private static readonly Actor Viv = new(Guid.NewGuid(), "Viv Viewer");

    [Fact]
    public void RolesMustNotBeSelfGranted_AManagerCannotMakeThemselvesSeniorLeader()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AssignRole(TestProjects.Manager.PersonId, TestProjects.Manager.Name, ProjectRole.SeniorLeader, TestProjects.Manager, Later));

        Assert.Contains(refusal.BrokenRules, r => r is RolesMustNotBeSelfGrantedRule);
        Assert.Contains(refusal.BrokenRules, r => r is AccountabilityRolesNeedAnAdministratorRule);
        Assert.Contains(refusal.BrokenRules, r => r is ManagerMustNotBeSeniorLeaderRule);
    }

    [Theory]
    [InlineData(ProjectRole.SeniorLeader)]
    [InlineData(ProjectRole.OversightMember)]
    public void AccountabilityRolesNeedAnAdministrator_ToGrantOrRemove(ProjectRole role)
    {
        var project = TestProjects.New();

        var grant = Assert.Throws<BusinessRuleViolationException>(() => project.AssignRole(Viv.PersonId, Viv.Name, role, TestProjects.Manager, Later));
        var remove = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RemoveRole(TestProjects.Leader.PersonId, TestProjects.Leader.Name, ProjectRole.SeniorLeader, TestProjects.Manager, Later));

        Assert.IsType<AccountabilityRolesNeedAnAdministratorRule>(Assert.Single(grant.BrokenRules));
        Assert.IsType<AccountabilityRolesNeedAnAdministratorRule>(Assert.Single(remove.BrokenRules));
        project.AssignRole(Viv.PersonId, Viv.Name, role, TestProjects.Admin, Later);
        Assert.Contains(role, project.RolesOf(Viv.PersonId));
    }

    [Fact]
    public void ManagerMustNotBeSeniorLeader_EvenWhenAnAdministratorAsks()
    {
        var project = TestProjects.New();
        project.AssignRole(Viv.PersonId, Viv.Name, ProjectRole.ProjectManager, TestProjects.Manager, Later);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AssignRole(Viv.PersonId, Viv.Name, ProjectRole.SeniorLeader, TestProjects.Admin, Later));

        var rule = Assert.IsType<ManagerMustNotBeSeniorLeaderRule>(Assert.Single(refusal.BrokenRules));
        Assert.Contains("cannot both manage a project and approve it", rule.Message);
    }

    [Fact]
    public void DeciderMustHaveBeenLeaderBeforeSubmission_ALeaderAddedAfterTheSubmissionCannotDecide()
    {
        var project = TestProjects.AdvancedTo(4);
        project.SaveBusinessCase(TestProjects.Case, TestProjects.Manager, Later);
        project.SubmitForSignOff(SignOffKind.BusinessCase, TestProjects.Manager, Later);
        project.AssignRole(Viv.PersonId, Viv.Name, ProjectRole.SeniorLeader, TestProjects.Admin, Later.AddMinutes(5));

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, Viv, Later.AddMinutes(10)));

        Assert.IsType<DeciderMustHaveBeenLeaderBeforeSubmissionRule>(Assert.Single(refusal.BrokenRules));
        project.DecideSignOff(SignOffKind.BusinessCase, Decision.Approved, null, TestProjects.Leader, Later.AddMinutes(10));
        Assert.Equal(ApprovalState.Approved, project.ApprovalStateOf(SignOffKind.BusinessCase));
    }

    [Fact]
    public void RolesMustNotBeSelfGranted_NobodyRemovesTheirOwnRole()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RemoveRole(TestProjects.Leader.PersonId, TestProjects.Leader.Name, ProjectRole.SeniorLeader, TestProjects.Leader with { IsOrganisationAdministrator = true }, Later));

        Assert.IsType<RolesMustNotBeSelfGrantedRule>(Assert.Single(refusal.BrokenRules));
    }
}
