using Lifecycle.Domain.Audit;

namespace Lifecycle.Web.Tests.Audit;

public sealed class AuditTrailTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryChange_IsRecordedWithWhoAndBeforeAndAfter()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var itemPage = await practitioner.GetAsync($"/projects/{team.ProjectId}/stages/1/items/1.1");
        await practitioner.SubmitAsync(itemPage, "form[method=post]:not(.app-inline-form)", new() { ["Input.Outcome"] = "done", ["Input.Note"] = "Mapped with team managers" });

        var entries = await EntriesAsync(team.ProjectId);

        Assert.Equal(["ProjectRegistered", "RoleAssigned", "RoleAssigned", "RoleAssigned", "RoleAssigned", "ChecklistItemDone"], entries.Select(e => e.Kind));
        var done = entries[^1];
        Assert.Equal(team.Practitioner.Name, done.ActorName);
        Assert.Contains("\"Open\"", done.Before, StringComparison.Ordinal);
        Assert.Contains("Mapped with team managers", done.After, StringComparison.Ordinal);
        Assert.Equal(entries[^2].Hash, done.PreviousHash);

        var page = await practitioner.GetAsync($"/projects/{team.ProjectId}/audit");
        Assert.Contains("The audit trail is intact", page.QuerySelector("#audit-verification")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperingWithAnEntry_IsDetectedAndLocated()
    {
        var team = await Team.CreateAsync(factory);
        var entries = await EntriesAsync(team.ProjectId);
        var victim = entries[2];

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET ActorName = {0} WHERE Id = {1}", "Someone Innocent", victim.Id));

        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        var page = await viewer.GetAsync($"/projects/{team.ProjectId}/audit");
        var verdict = page.QuerySelector("#audit-verification")!.TextContent;
        Assert.Contains("has been tampered with", verdict, StringComparison.Ordinal);
        Assert.Contains($"breaks at entry {victim.Sequence}", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAnEntry_IsDetected()
    {
        var team = await Team.CreateAsync(factory);
        var entries = await EntriesAsync(team.ProjectId);

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Id = {0}", entries[1].Id));

        var result = await VerifyAsync(team);
        Assert.False(result.IsIntact);
        Assert.Equal(entries[2].Sequence, result.BrokenAtSequence);
    }

    [Fact]
    public async Task DeletingTheNewestEntry_IsDetected()
    {
        var team = await Team.CreateAsync(factory);
        var entries = await EntriesAsync(team.ProjectId);
        Assert.True((await VerifyAsync(team)).IsIntact);

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Id = {0}", entries[^1].Id));

        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);
        var verdict = (await viewer.GetAsync($"/projects/{team.ProjectId}/audit")).QuerySelector("#audit-verification")!.TextContent;
        Assert.Contains("has been tampered with", verdict, StringComparison.Ordinal);
        Assert.Contains("newest 1 entries are missing", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewritingTheWholeChain_WithRecomputedHashes_IsDetected()
    {
        var team = await Team.CreateAsync(factory);
        var entries = await EntriesAsync(team.ProjectId);
        var last = entries[^1];
        var forged = AuditEntry.Follow(entries[^2], last.StreamId, last.OrganisationId,
            new Lifecycle.Domain.Common.RecordedChange("ItemMarkedDone", "Nothing to see", null, null, new(last.ActorId, last.ActorName), last.OccurredAt));

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEntries SET Subject = {0}, Kind = {1}, Before = NULL, After = NULL, Hash = {2} WHERE Id = {3}", forged.Subject, forged.Kind, forged.Hash, last.Id));

        var result = await VerifyAsync(team);
        var chainAlone = AuditVerification.Of(await EntriesAsync(team.ProjectId), null, _ => true);
        Assert.Contains("seal is missing", chainAlone.Problem, StringComparison.Ordinal); // every link and hash checks out: only the seal can tell
        Assert.False(result.IsIntact);
        Assert.Contains("rewritten outside Lifecycle", result.Problem, StringComparison.Ordinal);
    }

    private Task<AuditVerification> VerifyAsync(Team team) =>
        factory.WithScopeAsync(async sp => (await sp.GetRequiredService<Lifecycle.Application.Audit.GetAuditTrail>().ForAsync(team.ProjectId, team.OrganisationId, CancellationToken.None)).Verification);

    [Fact]
    public async Task TheApplication_RefusesToEditOrDeleteEntries()
    {
        var team = await Team.CreateAsync(factory);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.StreamId == team.ProjectId);
            db.AuditEntries.Remove(entry);
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(5, (await EntriesAsync(team.ProjectId)).Count);
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid streamId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.StreamId == streamId).OrderBy(e => e.Sequence).ToListAsync());
}
