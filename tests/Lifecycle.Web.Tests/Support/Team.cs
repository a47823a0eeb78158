namespace Lifecycle.Web.Tests.Support;

/// <summary>An organisation with an administrator and one person per role on one project.</summary>
public sealed record Team(Guid OrganisationId, TestPerson Admin, TestPerson Manager, TestPerson Practitioner, TestPerson Leader, TestPerson Viewer, Guid ProjectId)
{
    public static async Task<Team> CreateAsync(LifecycleFactory factory, bool predictive = false)
    {
        var organisation = await factory.OrganisationAsync("Test Borough Council");
        var admin = await factory.PersonAsync(organisation, "Ada Admin", isAdministrator: true);
        var manager = await factory.PersonAsync(organisation, "Priya Manager");
        var practitioner = await factory.PersonAsync(organisation, "Dan Practitioner");
        var leader = await factory.PersonAsync(organisation, "Sam Leader");
        var viewer = await factory.PersonAsync(organisation, "Vic Viewer");
        var projectId = await factory.ProjectAsync(manager, predictive: predictive);
        await factory.AssignAsync(projectId, practitioner, ProjectRole.DataPractitioner);
        await factory.AssignAsync(projectId, leader, ProjectRole.SeniorLeader);
        await factory.AssignAsync(projectId, viewer, ProjectRole.Viewer);
        return new Team(organisation, admin, manager, practitioner, leader, viewer, projectId);
    }
}
