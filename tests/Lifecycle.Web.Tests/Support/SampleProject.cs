using Lifecycle.Application.Projects;
using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Tests.Support;

public static class SampleProject
{
    /// <summary>Fills the team's project with a full Explore phase and part of Design (see <see cref="SampleRecords"/>).</summary>
    public static Task FillAsync(this LifecycleFactory factory, Team team) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            SampleRecords.FillThroughExplore(project,
                new SampleCast(new(team.Manager.Id, team.Manager.Name), new(team.Practitioner.Id, team.Practitioner.Name), new(team.Leader.Id, team.Leader.Name)),
                project.CreatedAt, TimeSpan.FromMinutes(1));
            return await db.SaveChangesAsync();
        });

    /// <summary>Fills the team's project all the way to its first monitoring review (see <see cref="SampleLiveRecords"/>).</summary>
    public static Task FillToFirstReviewAsync(this LifecycleFactory factory, Team team) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            var organisation = await db.Organisations.Where(o => o.Id == team.OrganisationId).Select(o => o.Name).SingleAsync();
            SampleLiveRecords.FillToFirstReview(project,
                new SampleCast(new(team.Manager.Id, team.Manager.Name), new(team.Practitioner.Id, team.Practitioner.Name), new(team.Leader.Id, team.Leader.Name)),
                organisation, project.CreatedAt.AddDays(-120), TimeSpan.FromMinutes(10));
            return await db.SaveChangesAsync();
        });
}
