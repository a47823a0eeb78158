using Lifecycle.Application.Exports;
using Lifecycle.Web.Exports.Transparency;

namespace Lifecycle.Web.Tests.Exports;

/// <summary>The sample live project (demo and benchmark) is what it claims: live, reviewed, with a transparency record that really is complete.</summary>
public sealed class LiveSampleTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task SampleLiveProject_IsLiveWithAReview_AndItsConfirmedTransparencyRecordHasNoGaps()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);

        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(Project.MonitoringStage, project.CurrentStage.Number);
        Assert.Single(project.MonitoringReviews);
        Assert.False(project.HasThresholdBreach);
        Assert.NotNull(project.TransparencyConfirmedAt);

        var record = await factory.WithScopeAsync(async sp =>
        {
            var source = await sp.GetRequiredService<GetProjectRecord>().ForAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            return Lifecycle.Domain.Transparency.TransparencyFields.For(source.Project, source.OrganisationName, DateTime.UtcNow);
        });
        Assert.Empty(record.Missing.Select(f => f.Key));
    }
}
