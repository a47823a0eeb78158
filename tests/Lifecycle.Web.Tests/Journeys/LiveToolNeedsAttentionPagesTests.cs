using System.Globalization;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>
/// Issue 25, point 1: a live tool whose passed gate no longer holds shows "needs attention" on the overview, the
/// monitoring page, at a glance, the portfolio and the pack; a review cannot conclude "continue" until a senior
/// leader decides, with a reason, to keep it in use.
/// </summary>
public sealed class LiveToolNeedsAttentionPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task APoorDatasetAddedToALiveTool_ShowsNeedsAttentionEverywhere_AndASeniorLeaderDecidesWhetherItStaysInUse()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        Assert.Null((await practitioner.GetAsync($"/projects/{id}")).QuerySelector("#needs-attention"));

        var dataset = await practitioner.GetAsync($"/projects/{id}/datasets/new");
        await practitioner.SubmitAsync(dataset, PostForm, new()
        {
            ["Input.Name"] = "School attendance",
            ["Input.Quality"] = "Poor",
            ["Input.QualityNotes"] = "A term of records is missing",
        });

        var overview = await practitioner.GetAsync($"/projects/{id}");
        Assert.NotNull(overview.QuerySelector("#needs-attention"));
        Assert.Contains("Stage 3: Choosing a solution, passed earlier, holds again", overview.QuerySelector("#needs-attention-rules")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stage 3: Choosing a solution", overview.QuerySelector("#glance-no-longer-holds")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("The tool needs attention", overview.QuerySelector("#glance-ask")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(overview.QuerySelector("a[href$='/monitoring/keep-in-use']"));
        Assert.NotNull((await practitioner.GetAsync("/")).QuerySelector(".app-needs-attention"));
        Assert.Contains("Needs attention (a gate it passed no longer holds)", (await practitioner.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#implement")!.TextContent, StringComparison.Ordinal);

        var review = await practitioner.GetAsync($"/projects/{id}/monitoring/reviews/new");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var refused = await PageClient.ParseAsync(await practitioner.SubmitAsync(review, PostForm, new()
        {
            ["Input.ReviewedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.ReviewedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.ReviewedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.Security"] = "Access list checked.",
            ["Input.DataQuality"] = "Feed complete.",
            ["Input.Retraining"] = "Not needed.",
            ["Input.UserFeedback"] = "Two comments.",
            ["Input.Outcome"] = "Continue",
        }));
        Assert.Contains("cannot conclude ‘continue’", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{id}/monitoring/keep-in-use")).Location(), StringComparison.Ordinal);

        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var decide = await leader.GetAsync($"/projects/{id}/monitoring/keep-in-use");
        Assert.Contains("School attendance", decide.QuerySelector("#no-longer-holds")!.TextContent, StringComparison.Ordinal);
        var blank = await PageClient.ParseAsync(await leader.SubmitAsync(decide, PostForm, new() { ["Input.Reason"] = " " }));
        Assert.Equal(["Enter why the tool should stay in use while this is put right"], blank.ErrorSummaryItems());
        await leader.SubmitAsync(blank, PostForm, new() { ["Input.Reason"] = "Front door team relies on it; plan for the gaps due in a month." });

        var monitoring = await leader.GetAsync($"/projects/{id}/monitoring");
        Assert.Contains("Front door team relies on it", monitoring.QuerySelector("#kept-in-use")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await factory.LoadProjectAsync(id)).KeepInUseDecisions);
    }
}
