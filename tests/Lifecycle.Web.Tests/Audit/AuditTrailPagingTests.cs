using Lifecycle.Application.Audit;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Audit;
using Lifecycle.Infrastructure.Audit;

namespace Lifecycle.Web.Tests.Audit;

/// <summary>Issue 14: the trail is paged and filtered, and a page checks only what was added since the last full check.</summary>
public sealed class AuditTrailPagingTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task TheTrail_Shows50EntriesAPage_NewestFirst_AndFiltersByKindAndPerson()
    {
        var team = await Team.CreateAsync(factory);
        await ReviseDescriptionAsync(team, times: 60); // 5 entries from setting up the team, then 60 by the manager
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var first = await viewer.GetAsync($"/projects/{team.ProjectId}/audit");
        var second = await viewer.GetAsync($"/projects/{team.ProjectId}/audit?pageNumber=2");

        Assert.Equal(Enumerable.Range(16, 50).Reverse(), Sequences(first));
        Assert.Equal(Enumerable.Range(1, 15).Reverse(), Sequences(second));
        Assert.Contains("65 entries, page 1 of 2", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("nav.govuk-pagination a[href*='pageNumber=2']"));

        var roles = await viewer.GetAsync($"/projects/{team.ProjectId}/audit?kind=RoleAssigned");
        Assert.Equal(Enumerable.Range(2, 4).Reverse(), Sequences(roles));
        Assert.Equal("RoleAssigned", roles.QuerySelector("#kind option[selected]")!.GetAttribute("value"));

        var byManager = await viewer.GetAsync($"/projects/{team.ProjectId}/audit?person={team.Manager.Id}&pageNumber=2");
        Assert.Equal([.. Enumerable.Range(6, 10).Reverse(), 2, 1], Sequences(byManager)); // the manager registered the project and gave themselves their role
        Assert.Contains(team.Manager.Name, byManager.QuerySelectorAll("#person option").Select(o => o.TextContent));

        var nobody = await viewer.GetAsync($"/projects/{team.ProjectId}/audit?person={Guid.NewGuid()}");
        Assert.NotNull(nobody.QuerySelector("#no-entries"));
        var nonsense = await viewer.GetAsync($"/projects/{team.ProjectId}/audit?person=abc&pageNumber=99");
        Assert.Equal(Enumerable.Range(1, 15).Reverse(), Sequences(nonsense)); // ignored filter, last page
    }

    [Fact]
    public async Task APageShownAgain_AfterTheTrailGrew_ShowsTheNewEntries()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.Equal(Enumerable.Range(1, 5).Reverse(), Sequences(await viewer.GetAsync($"/projects/{team.ProjectId}/audit")));

        await ReviseDescriptionAsync(team, times: 2);

        var again = await viewer.GetAsync($"/projects/{team.ProjectId}/audit");
        Assert.Equal(Enumerable.Range(1, 7).Reverse(), Sequences(again));
        Assert.Contains("7 entries", again.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAFullCheck_APageChecksOnlyNewEntries_AndTheFullCheckFindsOlderTampering()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var checkPage = await manager.GetAsync($"/projects/{team.ProjectId}/audit");
        Assert.Contains("has not been re-checked", checkPage.QuerySelector("#full-check")!.TextContent, StringComparison.Ordinal);

        var checkedNow = await manager.SubmitAsync(checkPage, "form[action*='handler=CheckInFull']", []);
        Assert.Equal(HttpStatusCode.Redirect, checkedNow.StatusCode);
        await ReviseDescriptionAsync(team, times: 2);

        var page = await viewer.GetAsync($"/projects/{team.ProjectId}/audit");
        var verdict = page.QuerySelector("#audit-verification")!.TextContent;
        Assert.Contains("The audit trail is intact", verdict, StringComparison.Ordinal);
        Assert.Contains("Entries 1 to 5 were checked in full", verdict, StringComparison.Ordinal);
        Assert.Contains("the 2 since then were checked now", verdict, StringComparison.Ordinal);

        // A change to an entry the full check already passed is not re-hashed by a page view...
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET ActorName = {0} WHERE StreamId = {1} AND Sequence = 2", "Someone Innocent", team.ProjectId));
        Assert.Contains("intact", (await viewer.GetAsync($"/projects/{team.ProjectId}/audit")).QuerySelector("#audit-verification")!.TextContent, StringComparison.Ordinal);

        // ...but the next full check (background, or on demand a minute later) finds it, and from then on every page says so.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<Lifecycle.Application.Audit.CheckAuditChain>().CheckAsync(team.ProjectId, team.OrganisationId, CancellationToken.None));
        var after = await viewer.GetAsync($"/projects/{team.ProjectId}/audit");
        Assert.Contains("breaks at entry 2", after.QuerySelector("#audit-verification")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the trail breaks at entry 2", after.QuerySelector("#full-check")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperingAfterTheCheckpoint_OrWithTheCheckpointItself_IsStillFound()
    {
        var team = await Team.CreateAsync(factory);
        await CheckInFullAsync(team);
        await ReviseDescriptionAsync(team, times: 3);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET Subject = {0} WHERE StreamId = {1} AND Sequence = 7", "Nothing happened", team.ProjectId));
        Assert.Equal(7, (await PageOfTrailAsync(team)).Verification.BrokenAtSequence);

        var other = await Team.CreateAsync(factory);
        await CheckInFullAsync(other);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET ActorName = {0} WHERE StreamId = {1} AND Sequence = 3", "Someone Innocent", other.ProjectId));
        // Moving the checkpoint past the change without the key: its signature no longer matches, so the page checks everything.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditCheckpoints SET CheckedAt = {0} WHERE StreamId = {1}", DateTime.UtcNow.AddYears(1), other.ProjectId));
        var forged = await PageOfTrailAsync(other);
        Assert.Equal(3, forged.Verification.BrokenAtSequence);
        Assert.Equal(1, forged.Verification.CheckedFrom);
    }

    [Fact]
    public async Task TheBackgroundCheck_ChecksEveryTrail_AndRecordsWhereEachStands()
    {
        var team = await Team.CreateAsync(factory);
        var other = await Team.CreateAsync(factory);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET ActorName = {0} WHERE StreamId = {1} AND Sequence = 4", "Someone Innocent", other.ProjectId));

        var trails = await factory.Services.GetRequiredService<AuditChainWorker>().CheckEveryTrailAsync(CancellationToken.None);

        Assert.True(trails >= 4); // two projects and two organisations, at least
        var checkpoints = await factory.WithDbAsync(db => db.AuditCheckpoints.AsNoTracking()
            .Where(c => c.StreamId == team.ProjectId || c.StreamId == other.ProjectId).ToDictionaryAsync(c => c.StreamId));
        Assert.True(checkpoints[team.ProjectId].IsIntact);
        Assert.Equal(5, checkpoints[team.ProjectId].Sequence);
        Assert.Equal(4, checkpoints[other.ProjectId].BrokenAtSequence);
        Assert.Equal(3, checkpoints[other.ProjectId].Sequence);
    }

    private static IEnumerable<int> Sequences(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture));

    private Task<AuditCheckpoint> CheckInFullAsync(Team team) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<CheckAuditChain>().CheckAsync(team.ProjectId, team.OrganisationId, CancellationToken.None));

    private Task<AuditTrailPage> PageOfTrailAsync(Team team) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<GetAuditTrail>().PageAsync(team.ProjectId, team.OrganisationId, AuditFilter.None, 1, CancellationToken.None));

    private Task<int> ReviseDescriptionAsync(Team team, int times) => factory.WithDbAsync(async db =>
    {
        var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
        for (var i = 1; i <= times; i++)
        {
            project.ChangeDetails(new ProjectDetails(project.Name, $"Revision {i}", project.Facts), new(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
        }

        return await db.SaveChangesAsync();
    });
}
