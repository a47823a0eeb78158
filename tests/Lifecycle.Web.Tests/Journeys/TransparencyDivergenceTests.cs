namespace Lifecycle.Web.Tests.Journeys;

/// <summary>
/// Issue 25, point 2: team text that stands in for a value the records give is shown beside that value on the go-live
/// decision page and in the pack; editing a confirmed record un-confirms it.
/// </summary>
public sealed class TransparencyDivergenceTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task TeamTextThatDiffersFromTheRecords_IsShownBesideThemOnTheDecisionPageAndInThePack()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 8);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var id = team.ProjectId;
        Assert.NotNull((await factory.LoadProjectAsync(id)).TransparencyConfirmedAt);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var edit = await manager.GetAsync($"/projects/{id}/transparency/edit");
        await manager.SubmitAsync(edit, PostForm, new() { ["Values[name]"] = "Family hubs demand tool" });

        var project = await factory.LoadProjectAsync(id);
        Assert.Null(project.TransparencyConfirmedAt);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var divergences = (await leader.GetAsync($"/projects/{id}/go-live/decision")).QuerySelector("#transparency-divergences")!.TextContent;
        Assert.Contains("The team's text: Family hubs demand tool", divergences, StringComparison.Ordinal);
        Assert.Contains($"The records give: {project.Name}", divergences, StringComparison.Ordinal);
        var pack = (await leader.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#implement")!.TextContent;
        Assert.Contains("Where the team's text differs from what the records give", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamTextThatContradictsTheTriage_IsRefusedWithTheReason_AndTheTypedTextIsKept()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 8);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var edit = await manager.GetAsync($"/projects/{team.ProjectId}/transparency/edit");

        var page = await PageClient.ParseAsync(await manager.SubmitAsync(edit, PostForm, new() { ["Values[human_decisions_and_review]"] = "Referrals are fully automated." }));

        Assert.Contains(page.ErrorSummaryItems(), e => e.Contains("says \"fully automated\", but the ethics triage (stage 4) found a professional weighs the evidence", StringComparison.Ordinal));
        Assert.Contains("Referrals are fully automated.", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Null((await factory.LoadProjectAsync(team.ProjectId)).TransparencyText("human_decisions_and_review"));
    }
}
