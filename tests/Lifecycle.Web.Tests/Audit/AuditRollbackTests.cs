using Lifecycle.Application.Audit;
using Lifecycle.Domain.Audit;

namespace Lifecycle.Web.Tests.Audit;

/// <summary>
/// Someone with write access to the database puts a project's trail back to an earlier state: the newest entries
/// deleted and an older copy of the seal (and of the last full check) put back. Lifecycle must keep saying so.
/// </summary>
public sealed class AuditRollbackTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task PuttingBackAnOlderSeal_IsBroken_AndCheckingEveryEntryAgainNeverRebaselinesTheShorterTrail()
    {
        var team = await Team.CreateAsync(factory);
        var older = await SealAsync(team.ProjectId);
        await MarkAnItemDoneAsync(team);
        await CheckInFullAsync(team.ProjectId, team.OrganisationId);

        await RollBackAsync(team.ProjectId, older);

        var first = await CheckInFullAsync(team.ProjectId, team.OrganisationId);
        var second = await CheckInFullAsync(team.ProjectId, team.OrganisationId);
        Assert.False(first.IsIntact);
        Assert.False(second.IsIntact);
        Assert.Contains("shorter than when it was last checked in full", second.Problem, StringComparison.Ordinal);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var overview = await manager.GetAsync($"/projects/{team.ProjectId}");
        Assert.Contains("tampered with", overview.QuerySelector("#at-a-glance #trail-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lifecycle recorded", overview.QuerySelector("#trail-problems")!.TextContent, StringComparison.Ordinal);
        var portfolio = await manager.GetAsync("/");
        Assert.Contains("Early help dashboard:", portfolio.QuerySelector("#trail-problems")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PuttingBackTheSealAndTheLastFullCheck_IsStillCaughtByTheOrganisationsTally()
    {
        var team = await Team.CreateAsync(factory);
        var older = await SealAsync(team.ProjectId);
        await MarkAnItemDoneAsync(team);

        await RollBackAsync(team.ProjectId, older);
        await factory.WithDbAsync(db => db.AuditCheckpoints.Where(c => c.StreamId == team.ProjectId).ExecuteDeleteAsync());

        var health = await factory.WithScopeAsync(sp => sp.GetRequiredService<GetTrailHealth>().ForProjectAsync(team.ProjectId, team.OrganisationId, "Early help dashboard", CancellationToken.None));
        Assert.Empty(health.Problems); // the project's own seal and entries agree with each other
        Assert.Contains("audit entries are missing from this organisation's trails", health.OrganisationProblem, StringComparison.Ordinal);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.NotNull((await viewer.GetAsync($"/projects/{team.ProjectId}")).QuerySelector("#trail-warning"));
    }

    [Fact]
    public async Task AProjectWithNoTrailAtAll_IsBroken_NotZeroEntriesChecked()
    {
        var team = await Team.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            await db.AuditCheckpoints.Where(c => c.StreamId == team.ProjectId).ExecuteDeleteAsync();
            await db.AuditSeals.Where(s => s.StreamId == team.ProjectId).ExecuteDeleteAsync();
            return await db.AuditEntries.Where(e => e.StreamId == team.ProjectId).ExecuteDeleteAsync();
        });

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var audit = (await manager.GetAsync($"/projects/{team.ProjectId}/audit")).QuerySelector("#audit-verification")!.TextContent;
        Assert.Contains("has been tampered with", audit, StringComparison.Ordinal);
        Assert.Contains("no entries and no seal", audit, StringComparison.Ordinal);
        Assert.False((await CheckInFullAsync(team.ProjectId, team.OrganisationId)).IsIntact);
        Assert.Contains("no sealed audit trail", (await manager.GetAsync($"/projects/{team.ProjectId}")).QuerySelector("#trail-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no sealed audit trail", (await manager.GetAsync("/")).QuerySelector("#trail-problems")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingEverySeal_IsNeverResealedAsItStands_WhenTheAppStartsAgain()
    {
        var team = await Team.CreateAsync(factory);
        await factory.WithDbAsync(db => db.AuditSeals.Where(s => s.OrganisationId == team.OrganisationId).ExecuteDeleteAsync());

        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Lifecycle.Infrastructure.Persistence.DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
            return true;
        });

        var trail = await factory.WithScopeAsync(sp => sp.GetRequiredService<GetAuditTrail>().ForAsync(team.ProjectId, team.OrganisationId, CancellationToken.None));
        Assert.Contains("seal is missing", trail.Verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASoundTrail_ShowsNoWarning_AndTheTallyCountsEveryEntry()
    {
        var team = await Team.CreateAsync(factory);
        await MarkAnItemDoneAsync(team);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        Assert.Null((await manager.GetAsync($"/projects/{team.ProjectId}")).QuerySelector("#trail-warning"));
        Assert.Null((await manager.GetAsync("/")).QuerySelector("#trail-warning"));
        var (tally, entries) = await factory.WithDbAsync(async db => (
            await db.AuditTallies.Where(t => t.OrganisationId == team.OrganisationId).Select(t => t.EntryCount).SingleAsync(),
            await db.AuditEntries.LongCountAsync(e => e.OrganisationId == team.OrganisationId)));
        Assert.Equal(entries, tally);
    }

    [Fact]
    public async Task CheckingEveryEntryNow_IsForTheProjectManagerAndAdministrators_OnceAMinute()
    {
        var team = await Team.CreateAsync(factory);
        var audit = $"/projects/{team.ProjectId}/audit";

        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        Assert.Empty((await viewer.GetAsync(audit)).QuerySelectorAll("#full-check button"));
        var refused = await viewer.PostWithTokenAsync($"{audit}?handler=CheckInFull", audit, []);
        Assert.Contains("access-denied", refused.Location(), StringComparison.Ordinal);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await manager.SubmitAsync(await manager.GetAsync(audit), "form[action*='handler=CheckInFull']", []);
        Assert.Contains("Every entry was checked: the trail is intact", (await manager.GetAsync(audit)).QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        await admin.SubmitAsync(await admin.GetAsync(audit), "form[action*='handler=CheckInFull']", []);
        Assert.Contains("less than a minute ago. You can ask again from", (await admin.GetAsync(audit)).QuerySelector("#notice")!.TextContent, StringComparison.Ordinal);
    }

    private Task<AuditSeal> SealAsync(Guid projectId) =>
        factory.WithDbAsync(db => db.AuditSeals.AsNoTracking().SingleAsync(s => s.StreamId == projectId));

    private async Task MarkAnItemDoneAsync(Team team)
    {
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "done", ["Input.Note"] = "Mapped with team managers" });
    }

    private Task<AuditCheckpoint> CheckInFullAsync(Guid streamId, Guid organisationId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<CheckAuditChain>().CheckAsync(streamId, organisationId, CancellationToken.None));

    /// <summary>Deletes the entries the older seal does not cover and puts that seal back, as someone with the database file would.</summary>
    private Task<int> RollBackAsync(Guid projectId, AuditSeal older) =>
        factory.WithDbAsync(async db =>
        {
            Assert.True(await db.AuditEntries.Where(e => e.StreamId == projectId && e.Sequence > older.Count).ExecuteDeleteAsync() > 0);
            return await db.AuditSeals.Where(s => s.StreamId == projectId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Count, older.Count).SetProperty(x => x.HeadHash, older.HeadHash).SetProperty(x => x.Signature, older.Signature));
        });
}
