using Lifecycle.Application.Projects;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Issue 11, item 2: a wrongly recorded result is withdrawn with a reason and stays visible as withdrawn.</summary>
public sealed class WithdrawResultPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task AFailedRun_IsWithdrawnByASeniorLeaderWithAReason_AndShownAsWithdrawnOnThePageAndInThePack()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.AddTestRun(TestRunKind.Alpha, new DateOnly(2026, 4, 1), null,
                [new("Boys", 5, 15, 10, 20), new("Girls", 5, 15, 10, 20)], new(team.Practitioner.Id, team.Practitioner.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var runNumber = (await factory.LoadProjectAsync(team.ProjectId)).LatestTestRun!.Number;
        var path = $"/projects/{team.ProjectId}/results/test-runs/{runNumber}/withdraw";

        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        Assert.Null((await practitioner.GetAsync($"/projects/{team.ProjectId}/testing")).QuerySelector("a[href$='/withdraw']"));
        Assert.Contains("/account/access-denied", (await practitioner.GetResponseAsync(path)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var form = await manager.GetAsync(path);
        Assert.NotNull(form.QuerySelector(".govuk-warning-text"));
        var blank = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new() { ["Input.Reason"] = " " }));
        Assert.Equal(["Say what was recorded wrongly"], blank.ErrorSummaryItems());
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new() { ["Input.Reason"] = "It looks wrong." }));
        Assert.Contains(refused.ErrorSummaryItems(), e => e.Contains("only a senior leader on the project who did not record it can withdraw it", StringComparison.Ordinal));
        Assert.Equal("It looks wrong.", refused.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var testing = await leader.GetAsync($"/projects/{team.ProjectId}/testing");
        form = await leader.GetAsync(testing.QuerySelector("a[href$='/withdraw']")!.GetAttribute("href")!);
        var done = await leader.SubmitAsync(form, PostForm, new() { ["Input.Reason"] = "The file held synthetic test cases, not real ones." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        testing = await leader.GetAsync($"/projects/{team.ProjectId}/testing");
        var notice = testing.QuerySelector(".app-withdrawn")!.TextContent;
        Assert.Contains("The file held synthetic test cases, not real ones.", notice, StringComparison.Ordinal);
        Assert.Null(testing.QuerySelector($"#run-{runNumber}-verdict"));
        var pack = (await leader.GetAsync($"/projects/{team.ProjectId}/pack/preview")).QuerySelector("#later-phases")!.TextContent;
        Assert.Contains("so it is no longer judged. Reason: The file held synthetic test cases, not real ones.", pack, StringComparison.Ordinal);
        var audit = await leader.GetAsync($"/projects/{team.ProjectId}/audit");
        Assert.Contains($"Alpha run {runNumber}", audit.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetResponseAsync($"/projects/{team.ProjectId}/results/test-runs/99/withdraw")).StatusCode);
    }
}
