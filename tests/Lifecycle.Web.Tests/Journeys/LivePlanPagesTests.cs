using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Issue 11, item 6: once live, the deployment plan cannot be blanked, and a change waits for a senior leader.</summary>
public sealed class LivePlanPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task ALiveToolsPlan_CannotBeBlanked_AndAChangedInterval_WaitsForASeniorLeader()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        var due = (await factory.LoadProjectAsync(id)).NextReviewDue;
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        var form = await practitioner.GetAsync($"/projects/{id}/deployment-plan");
        Assert.NotNull(form.QuerySelector("#live-plan"));
        var blank = await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.MonitoringOwner"] = "", ["Input.ReviewIntervalMonths"] = "" }));
        Assert.Contains(blank.ErrorSummaryItems(), e => e.Contains("monitoring owner", StringComparison.Ordinal));
        Assert.NotNull((await factory.LoadProjectAsync(id)).DeploymentPlan!.MonitoringOwner);

        var saved = await practitioner.SubmitAsync(form, PostForm, new() { ["Input.ReviewIntervalMonths"] = "24" });
        Assert.Equal($"/projects/{id}/monitoring", saved.Headers.Location!.OriginalString);
        var project = await factory.LoadProjectAsync(id);
        Assert.Equal(TestPlans.Deployment.ReviewIntervalMonths, project.DeploymentPlan!.ReviewIntervalMonths);
        Assert.Equal(24, project.ProposedDeploymentPlan!.ReviewIntervalMonths);
        Assert.Equal(due, project.NextReviewDue);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var monitoring = await manager.GetAsync($"/projects/{id}/monitoring");
        Assert.Contains("every 24 month(s)", monitoring.QuerySelector("#plan-change")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(monitoring, "form[action*=SubmitPlanChange]", [])).StatusCode);

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        Assert.Contains($"/projects/{id}/monitoring", (await leader.GetAsync("/")).QuerySelector("#awaiting-sign-off")!.InnerHtml, StringComparison.Ordinal);
        var decision = await leader.GetAsync((await leader.GetAsync($"/projects/{id}/monitoring")).QuerySelector("#plan-change a[href$='/deployment-plan/decision']")!.GetAttribute("href")!);
        await leader.SubmitAsync(decision, PostForm, new() { ["Input.Choice"] = "Approved" });

        project = await factory.LoadProjectAsync(id);
        Assert.Equal(24, project.DeploymentPlan!.ReviewIntervalMonths);
        Assert.Null(project.ProposedDeploymentPlan);
        Assert.Equal(Decision.Approved, project.LatestDecision(SignOffKind.PlanChange)!.Decision);
    }
}
