using AngleSharp.Dom;
using Lifecycle.Domain.Projects;
using Lifecycle.Web.Tests.Support;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class ConcurrencyTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task StaleForm_ShowsConflictKeepsTypedTextAndSavesNothing()
    {
        var team = await Team.CreateAsync(factory);
        var first = await PageClient.SignedInAsync(factory, team.Practitioner);
        var second = await PageClient.SignedInAsync(factory, team.Manager);
        var staleForm = await first.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.2");

        var otherPage = await second.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        await second.SubmitAsync(otherPage, PostForm, new() { ["Input.Outcome"] = "done" });

        var response = await first.SubmitAsync(staleForm, PostForm, new() { ["Input.Outcome"] = "done", ["Input.Note"] = "Survey of 40 social workers" });
        var page = await PageClient.ParseAsync(response);

        Assert.Contains(page.ErrorSummaryItems(), e => e.StartsWith("Someone else changed this project", StringComparison.Ordinal));
        Assert.Equal("Survey of 40 social workers", page.QuerySelector("#Input_Note")!.TextContent);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(ChecklistOutcome.Open, project.OutcomeOf("1.2"));
        Assert.Equal(ChecklistOutcome.Done, project.OutcomeOf("1.1"));

        // The re-shown form carries the latest version, so submitting again saves.
        var retried = await first.SubmitAsync(page, PostForm, []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(ChecklistOutcome.Done, (await factory.LoadProjectAsync(team.ProjectId)).OutcomeOf("1.2"));
    }

    [Fact]
    public async Task TwoManagersAdvancingAtOnce_OnlyOneWins()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var first = await PageClient.SignedInAsync(factory, team.Manager);
        var second = await PageClient.SignedInAsync(factory, team.Manager);
        var firstPage = await first.GetAsync($"/projects/{team.ProjectId}/stages/1");
        var secondPage = await second.GetAsync($"/projects/{team.ProjectId}/stages/1");

        await first.SubmitAsync(firstPage, "form[action*=Advance]", []);
        var loser = await PageClient.ParseAsync(await second.SubmitAsync(secondPage, "form[action*=Advance]", []));

        Assert.Contains(loser.ErrorSummaryItems(), e => e.StartsWith("Someone else changed this project", StringComparison.Ordinal));
        var project = await factory.LoadProjectAsync(team.ProjectId);
        Assert.Equal(2, project.CurrentStage.Number);
        Assert.Equal(2, project.Stages.Count);
    }
}
