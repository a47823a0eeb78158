namespace Lifecycle.Domain.Tests.Projects;

public sealed class TeamTests
{
    private static readonly Guid Dana = Guid.NewGuid();

    [Fact]
    public void AssignRole_APersonMayHoldSeveralRoles()
    {
        var project = TestProjects.New();

        project.AssignRole(Dana, "Dana", ProjectRole.DataPractitioner, TestProjects.Manager, TestProjects.Start);
        project.AssignRole(Dana, "Dana", ProjectRole.Viewer, TestProjects.Manager, TestProjects.Start);

        Assert.Equal(new HashSet<ProjectRole> { ProjectRole.DataPractitioner, ProjectRole.Viewer }, project.RolesOf(Dana));
    }

    [Fact]
    public void AssignRole_Twice_RefusesLoudly()
    {
        var project = TestProjects.New();
        project.AssignRole(Dana, "Dana", ProjectRole.Viewer, TestProjects.Manager, TestProjects.Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.AssignRole(Dana, "Dana", ProjectRole.Viewer, TestProjects.Manager, TestProjects.Start));

        Assert.IsType<RoleMustNotAlreadyBeHeldRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void RemoveRole_LastProjectManager_Refuses()
    {
        var project = TestProjects.New();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.RemoveRole(TestProjects.Manager.PersonId, TestProjects.Manager.Name, ProjectRole.ProjectManager, TestProjects.Admin, TestProjects.Start));

        Assert.IsType<ProjectMustKeepAProjectManagerRule>(Assert.Single(refusal.BrokenRules));
    }

    [Fact]
    public void RemoveRole_RecordsTheChange()
    {
        var project = TestProjects.New();
        project.AssignRole(Dana, "Dana", ProjectRole.Viewer, TestProjects.Manager, TestProjects.Start);
        project.ClearPendingChanges();

        project.RemoveRole(Dana, "Dana", ProjectRole.Viewer, TestProjects.Manager, TestProjects.Start);

        Assert.Empty(project.RolesOf(Dana));
        Assert.Equal("RoleRemoved", Assert.Single(project.PendingChanges).Kind);
    }
}
