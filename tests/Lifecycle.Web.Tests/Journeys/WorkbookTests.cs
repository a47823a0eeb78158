using Lifecycle.Web.Display;

namespace Lifecycle.Web.Tests.Journeys;

public sealed class WorkbookTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task Answers_AreVersionedWithWhoAndWhen_AndChangesCanBeCompared()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/3");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = "Referrals data is patchy before 2021." })).StatusCode);
        form = await manager.GetAsync($"/projects/{team.ProjectId}/workbook/3");
        Assert.Equal("Referrals data is patchy before 2021.", form.QuerySelector("#Input_Answer")!.TextContent);
        await manager.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = "Referrals data is complete after 2021; ethnicity is often missing." });

        var page = await manager.GetAsync($"/projects/{team.ProjectId}/workbook/3");
        var history = page.QuerySelector("#answer-history")!.TextContent;
        Assert.Contains("Dan Practitioner", history, StringComparison.Ordinal);
        Assert.Contains("Priya Manager", history, StringComparison.Ordinal);

        var compare = await manager.GetAsync($"/projects/{team.ProjectId}/workbook/3/compare?from=1&to=2");
        var changes = compare.QuerySelector("#changes")!;
        Assert.Contains("patchy before 2021.", changes.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ethnicity is often missing.", string.Join(" ", changes.QuerySelectorAll("ins").Select(i => i.TextContent)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetResponseAsync($"/projects/{team.ProjectId}/workbook/3/compare?from=1&to=9")).StatusCode);
    }

    [Fact]
    public async Task EmptyUnchangedOverlongAndUnknownAnswers_AreRefused()
    {
        var team = await Team.CreateAsync(factory);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/1");

        Assert.Equal(["The answer is empty: write an answer."], (await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = " " }))).ErrorSummaryItems());
        Assert.Equal(["Answer must be 8,000 characters or fewer"], (await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = new string('a', 8001) }))).ErrorSummaryItems());
        await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = "Fine" });
        form = await practitioner.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        Assert.Equal(["The answer is the same as the one already saved, so there is nothing to save."], (await PageClient.ParseAsync(await practitioner.SubmitAsync(form, PostForm, new() { ["Input.Answer"] = "Fine" }))).ErrorSummaryItems());
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/workbook/16")).StatusCode);
        Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).WorkbookAnswers);
    }

    [Fact]
    public async Task Viewer_ReadsButCannotAnswer()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var page = await viewer.GetAsync($"/projects/{team.ProjectId}/workbook/1");
        Assert.Null(page.QuerySelector("form#answer"));
        Assert.Null(page.QuerySelector("textarea#Input_Answer"));
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();
        var post = await viewer.PostWithTokenAsync($"/projects/{team.ProjectId}/workbook/1", "/", new() { ["Version"] = version, ["Input.Answer"] = "Sneaky" });
        Assert.Contains("access-denied", post.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public void WordDiff_MarksRemovedAndAddedPhrases()
    {
        var parts = WordDiff.Between("the data is patchy", "the data is mostly complete");

        Assert.Equal(
            [new DiffPart(DiffKind.Same, "the data is"), new DiffPart(DiffKind.Added, "mostly complete"), new DiffPart(DiffKind.Removed, "patchy")],
            parts);
    }
}
