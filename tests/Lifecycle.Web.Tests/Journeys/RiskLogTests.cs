using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class RiskLogTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Risks_AreScoredSortedAndOverdueReviewsHighlighted()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await AddAsync(manager, team, "Bias against minority families", "3", "4", "1", "1", "2020");
        await AddAsync(manager, team, "Staff over-rely on the score", "5", "5", "1", "1", "2099");
        await AddAsync(manager, team, "Supplier goes out of business", "1", "2", null, null, null);

        var byScore = await manager.GetAsync($"/projects/{team.ProjectId}/risks");
        var rows = byScore.QuerySelectorAll("#risks tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(["risk-2", "risk-1", "risk-3"], rows);
        Assert.Contains("25", byScore.QuerySelector("#risk-2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Very high", byScore.QuerySelector("#risk-2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Review overdue", byScore.QuerySelector("#risk-1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Review overdue", byScore.QuerySelector("#risk-2")!.TextContent, StringComparison.Ordinal);

        var byReview = await manager.GetAsync($"/projects/{team.ProjectId}/risks?sort=review");
        Assert.Equal(["risk-1", "risk-2", "risk-3"], byReview.QuerySelectorAll("#risks tbody tr").Select(r => r.Id));
        Assert.Equal("ascending", byReview.QuerySelector("th[aria-sort=ascending] a")!.ParentElement!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Risk_WithMissingOrOffScaleValues_IsRefused_AndCanBeClosed()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");
        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new() { ["Input.Title"] = "", ["Input.Likelihood"] = "7" }));
        Assert.Equal(
            ["Enter a short title for the risk", "Select how likely the risk is, from 1 to 5", "Select how serious the impact would be, from 1 to 5"],
            page.ErrorSummaryItems());

        await AddAsync(manager, team, "Data breach", "2", "5", null, null, null);
        var risk = Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).Risks);
        var edit = await manager.GetAsync($"/projects/{team.ProjectId}/risks/{risk.Id}");
        await manager.SubmitAsync(edit, PostForm, new() { ["Input.Status"] = "Closed" });
        Assert.Equal(RiskStatus.Closed, (await factory.LoadProjectAsync(team.ProjectId)).Risks.Single().Status);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetResponseAsync($"/projects/{team.ProjectId}/risks/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task OnlyProjectManagers_EditTheRiskLog()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/risks")).StatusCode);
        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/risks/new")).Location(), StringComparison.Ordinal);
    }

    private static async Task AddAsync(PageClient client, Team team, string title, string likelihood, string impact, string? day, string? month, string? year)
    {
        var form = await client.GetAsync($"/projects/{team.ProjectId}/risks/new");
        var fields = new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Likelihood"] = likelihood, ["Input.Impact"] = impact, ["Input.Owner"] = "Priya" };
        if (day is not null)
        {
            fields["Input.ReviewOn.Day"] = day;
            fields["Input.ReviewOn.Month"] = month!;
            fields["Input.ReviewOn.Year"] = year!;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, PostForm, fields)).StatusCode);
    }
}
