using System.Text.Json;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Stage 7 records saved through the real migrations, and shown in the pack and the transparency record.</summary>
public sealed class TestingRecordsTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task TestRuns_RoundTrip_AndAreJudgedInThePackAndTheTransparencyRecord()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        for (var stage = 1; stage < 7; stage++)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            var who = new Domain.Common.Actor(team.Practitioner.Id, team.Practitioner.Name);
            project.AddTestRun(TestRunKind.Alpha, new DateOnly(2026, 4, 1), "Historic referrals, 2023–2025",
                [new("Most children", 36, 4, 50, 0), new("Care-experienced", 4, 6, 10, 10), new("Tiny group", 1, 0, 1, 0)], who, DateTime.UtcNow);
            project.RecordExternalValidation(new("Dr Lee", "University of the North", new DateOnly(2026, 4, 20), Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Method sound; care-experienced recall too low.", []), who, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var saved = await factory.LoadProjectAsync(team.ProjectId);
        var run = Assert.Single(saved.TestRuns);
        Assert.Equal(["Care-experienced", "Most children", "Tiny group"], run.Groups.Select(g => g.Group).Order(StringComparer.Ordinal));
        Assert.Equal(new ConfusionCounts(4, 6, 10, 10), run.Groups.Single(g => g.Group == "Care-experienced").Counts);
        Assert.False(saved.Judge(run, saved.AccuracyThresholds)!.MeetsEveryThreshold);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var pack = (await manager.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#later-phases")!.TextContent;
        Assert.Contains("Recall for Care-experienced is no more than 0.1 below overall", pack, StringComparison.Ordinal);
        Assert.Contains("withheld", pack, StringComparison.Ordinal);
        Assert.Contains("Dr Lee, University of the North", pack, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Content.ReadAsStringAsync());
        var performance = json.RootElement.GetProperty("model_specification")[0].GetProperty("model_performance").GetProperty("value").GetString()!;
        Assert.Contains("Care-experienced (30 cases): precision 40% (", performance, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiny group", performance, StringComparison.Ordinal);
        Assert.EndsWith("Not every accuracy threshold was met.", performance, StringComparison.Ordinal);
    }
}
