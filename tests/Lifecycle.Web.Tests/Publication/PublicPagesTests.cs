using Lifecycle.Application.Projects;
using Lifecycle.Domain.Engagement;

namespace Lifecycle.Web.Tests.Publication;

/// <summary>
/// Issue 15: a project manager publishes the confirmed transparency record; anyone can read it without signing in, in
/// plain English, and ask a question that lands in the register. Nothing else of the project can be reached, and what
/// is not published is indistinguishable from what does not exist.
/// </summary>
public sealed class PublicPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task PublishingIsRefusedUntilTheRecordIsConfirmed_AndNeitherPageExistsUntilThen()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var page = await manager.GetAsync($"/projects/{team.ProjectId}/transparency");

        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(page, "form[action$='handler=Publish']", new()));

        Assert.Contains("The transparency record has not been confirmed complete: confirm it on the transparency page first.", refused.ErrorSummaryItems());
        Assert.Null(await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == team.ProjectId).Select(p => p.PublishedTransparencyJson).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await PageClient.For(factory).GetResponseAsync("/public/test-borough-council")).StatusCode);
    }

    [Fact]
    public async Task APublishedRecord_ReadsInPlainEnglish_WithTheAtrsJson_AndOnlyWhatWasPublished()
    {
        var (team, address) = await PublishedLiveProjectAsync();
        var anyone = PageClient.For(factory);

        var tool = await anyone.GetAsync(address);
        var main = tool.QuerySelector("main")!.TextContent;
        Assert.Equal("Early help dashboard", tool.QuerySelector("h1")!.TextContent);
        Assert.Contains("In use", tool.QuerySelector("#tool-state")!.TextContent, StringComparison.Ordinal);
        Assert.Matches("Last reviewed: \\d{1,2} \\w+ \\d{4}", tool.QuerySelector("#last-reviewed")!.TextContent);
        foreach (var heading in new[] { "What the tool does", "How a member of staff stays in charge", "What information it uses", "How well it works for different groups", "Who is responsible", "How to ask a question or challenge a decision" })
        {
            Assert.Contains(heading, tool.QuerySelectorAll("h2").Select(h => h.TextContent));
        }

        Assert.Contains("A professional considers the evidence", main, StringComparison.Ordinal);
        Assert.Contains("precision", tool.QuerySelector("#how-well + p + p")!.TextContent, StringComparison.Ordinal);

        // Nothing the record does not publish: the team's names, the workbook, the register, the audit trail.
        foreach (var secret in new[] { team.Manager.Name, team.Practitioner.Name, team.Leader.Name, "Our answer to question", "Forecast ranges", "audit" })
        {
            Assert.DoesNotContain(secret, main, StringComparison.OrdinalIgnoreCase);
        }

        // Every link from the public pages stays on them (or fetches their own assets): none leads into the project.
        var visited = await CrawlAsync(anyone, address);
        Assert.Contains(address, visited);
        Assert.Contains(visited, v => v.EndsWith("/atrs.json", StringComparison.Ordinal));
        Assert.All(visited, v => Assert.StartsWith("/public/", v, StringComparison.Ordinal));

        var json = await (await anyone.GetResponseAsync(address + "/atrs.json")).Content.ReadAsStringAsync();
        using var atrs = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("3.0", atrs.RootElement.GetProperty("standard_version").GetString());
        Assert.Contains("Early help dashboard", json, StringComparison.Ordinal);
        Assert.DoesNotContain(team.Manager.Name, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrganisationWithTheSameName_GetsItsOwnAddress_AndAPublishedAddressNeverMoves()
    {
        var (team, address) = await PublishedLiveProjectAsync();
        var organisationAddress = address.Split('/')[2];

        var lookalike = await factory.OrganisationAsync("test borough council");

        Assert.Equal(HttpStatusCode.OK, (await PageClient.For(factory).GetResponseAsync(address)).StatusCode);
        var lookalikeAddress = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == lookalike).Select(o => o.PublicAddress).SingleAsync());
        Assert.NotEqual(organisationAddress, lookalikeAddress);
        Assert.StartsWith("test-borough-council", lookalikeAddress, StringComparison.Ordinal);

        var admin = await PageClient.SignedInAsync(factory, team.Admin);
        var settings = await admin.GetAsync("/organisation/settings");
        Assert.Contains($"/public/{organisationAddress}", settings.QuerySelector("#public-address")!.TextContent, StringComparison.Ordinal);
        Assert.Null(settings.QuerySelector("#public-address a"));
        var refused = await admin.PostWithTokenAsync("/organisation/settings/public-address", "/organisation/settings",
            new() { ["Input.Address"] = "somewhere-else", ["Version"] = settings.QuerySelector("input[name=Version]")!.GetAttribute("value")! });
        Assert.Contains("cannot change: a tool has been published", (await PageClient.ParseAsync(refused)).ErrorSummaryItems().Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PageClient.For(factory).GetResponseAsync(address)).StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_ChoosesTheirPublicAddress_UntilTheFirstToolIsPublished_ButNeverAnotherOrganisations()
    {
        var (published, _) = await PublishedLiveProjectAsync();
        var taken = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == published.OrganisationId).Select(o => o.PublicAddress).SingleAsync());
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        var form = await admin.GetAsync("/organisation/settings/public-address");
        var clash = await PageClient.ParseAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Address"] = taken }));
        Assert.Equal([$"Another organisation already uses the public address {taken}: choose a different one."], clash.ErrorSummaryItems());
        var badlyFormed = await PageClient.ParseAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Address"] = "North Borough!" }));
        Assert.StartsWith("Public address must be 3 to 60 characters", badlyFormed.ErrorSummaryItems().Single(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(form, "main form", new() { ["Input.Address"] = "north-borough-council" })).StatusCode);
        Assert.Equal("north-borough-council", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == team.OrganisationId).Select(o => o.PublicAddress).SingleAsync()));
        Assert.Contains("PublicAddressChanged", await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.StreamId == team.OrganisationId).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task ChangesReachThePublicOnlyWhenPublishedAgain_AndTakingItDown_Answers404LikeAnUnknownTool()
    {
        var (team, address) = await PublishedLiveProjectAsync();
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var anyone = PageClient.For(factory);
        var details = await manager.GetAsync($"/projects/{team.ProjectId}/details");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(details, "main form", new() { ["Input.Description"] = "A new description that was never published." })).StatusCode);
        Assert.Equal("A new description that was never published.", (await factory.LoadProjectAsync(team.ProjectId)).Description);
        Assert.DoesNotContain("never published", (await anyone.GetAsync(address)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var page = await manager.GetAsync($"/projects/{team.ProjectId}/transparency");
        var down = await manager.SubmitAsync(page, "form[action$='handler=Unpublish']", new());
        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);

        var organisation = address[..address.LastIndexOf('/')];
        foreach (var gone in new[] { address, address + "/atrs.json", organisation, organisation + "/no-such-tool", "/public/no-such-council", "/public/no-such-council/early-help-dashboard" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetResponseAsync(gone)).StatusCode);
        }

        var kinds = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.StreamId == team.ProjectId && a.Kind.StartsWith("TransparencyRecord")).Select(a => a.Kind).ToListAsync());
        Assert.Equal(1, kinds.Count(k => k == "TransparencyRecordPublished"));
        Assert.Equal(1, kinds.Count(k => k == "TransparencyRecordUnpublished"));
    }

    [Fact]
    public async Task AStoppedToolReadsAsNoLongerInUse_AndItsPageCanStillBeTakenDown()
    {
        var (team, address) = await PublishedLiveProjectAsync();
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.Stop("The council chose another approach.", new Lifecycle.Domain.Common.Actor(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var anyone = PageClient.For(factory);
        Assert.Contains("No longer in use", (await anyone.GetAsync(address)).QuerySelector("#tool-state")!.TextContent, StringComparison.Ordinal);

        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var page = await manager.GetAsync($"/projects/{team.ProjectId}/transparency");
        Assert.Null(page.QuerySelector("form[action$='handler=Publish']"));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, "form[action$='handler=Unpublish']", new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetResponseAsync(address)).StatusCode);
    }

    [Fact]
    public async Task AQuestionFromThePublicPage_LandsInTheRegister_AnonymousOrNamed_AndBadInputIsExplained()
    {
        var (team, address) = await PublishedLiveProjectAsync();
        var anyone = PageClient.For(factory);
        var tool = await anyone.GetAsync(address);

        var empty = await PageClient.ParseAsync(await anyone.SubmitAsync(tool, "#question-form", new()));
        Assert.Equal(
            ["Select whether you have a question or want to challenge a decision", "Enter what it is about", "Enter your message"],
            empty.ErrorSummaryItems());

        var sent = await anyone.SubmitAsync(tool, "#question-form", new()
        {
            ["Input.Kind"] = nameof(FeedbackKind.Challenge),
            ["Input.About"] = "The decision about our referral",
            ["Input.Details"] = "We were not told the tool was used.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.NotNull((await anyone.GetAsync(sent.Headers.Location!.OriginalString)).QuerySelector("#sent"));

        var item = await factory.WithDbAsync(db => db.Set<FeedbackItem>().Where(f => f.ProjectId == team.ProjectId && f.About == "The decision about our referral").SingleAsync());
        Assert.Equal((FeedbackKind.Challenge, FeedbackStatus.Open, (string?)null), (item.Kind, item.Status, item.RaisedBy));
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        Assert.Contains("The decision about our referral", (await manager.GetAsync($"/projects/{team.ProjectId}/engagement")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(Team Team, string Address)> PublishedLiveProjectAsync()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        return (team, await factory.PublishLiveProjectAsync(team));
    }

    /// <summary>Follows every link and form address on the public pages, anonymously, and returns the paths reached.</summary>
    private static async Task<HashSet<string>> CrawlAsync(PageClient anyone, string start)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var path) && seen.Count < 50)
        {
            if (!seen.Add(path))
            {
                continue;
            }

            var response = await anyone.GetResponseAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await PageClient.ParseAsync(response);
            var targets = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("main form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var target in targets.Where(t => !t.StartsWith('#')))
            {
                Assert.DoesNotContain("/projects", target, StringComparison.Ordinal);
                queue.Enqueue(target.Split('?', '#')[0]);
            }
        }

        return seen;
    }
}
