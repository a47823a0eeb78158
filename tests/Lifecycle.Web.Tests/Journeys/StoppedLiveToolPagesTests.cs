using System.Globalization;

namespace Lifecycle.Web.Tests.Journeys;

/// <summary>Issue 25, point 5: a live tool that was stopped shows retirement's duties as outstanding, and they can be done.</summary>
public sealed class StoppedLiveToolPagesTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task AStoppedLiveTool_ListsItsDuties_AndEachCanBeDoneThoughTheProjectIsStopped()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var stop = await manager.GetAsync($"/projects/{id}/stop");
        await manager.SubmitAsync(stop, PostForm, new() { ["Input.Reason"] = "The referral feed is sending duplicate families." });

        var overview = await manager.GetAsync($"/projects/{id}");
        var duties = overview.QuerySelector("#stop-duties")!.TextContent;
        Assert.Contains("Archive the published transparency record: still to do", Squash(duties), StringComparison.Ordinal);
        Assert.Contains("Tell users and the people affected that the tool has stopped: still to do", Squash(duties), StringComparison.Ordinal);

        var told = await manager.GetAsync(overview.QuerySelector("#stop-duty-TellUsers a")!.GetAttribute("href")!);
        var refused = await PageClient.ParseAsync(await manager.SubmitAsync(told, PostForm, new() { ["Input.ToldOn.Day"] = "", ["Input.How"] = "" }));
        Assert.Equal(2, refused.ErrorSummaryItems().Count);
        var today = DateTime.UtcNow;
        await manager.SubmitAsync(told, PostForm, new()
        {
            ["Input.ToldOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.ToldOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.ToldOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.How"] = "An email to every team that used it; referrals go back to the duty desk.",
        });
        var retirement = await manager.GetAsync($"/projects/{id}/retirement");
        await manager.SubmitAsync(retirement, "form[action$='handler=Archive']", new()
        {
            ["Archive.ArchivedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Archive.ArchivedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Archive.ArchivedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        });

        var project = await factory.LoadProjectAsync(id);
        Assert.Equal([StopDutyKind.LookAgainAtWorkbook], project.OutstandingStopDuties.Select(d => d.Kind));
        Assert.NotNull((await manager.GetAsync($"/projects/{id}/workbook/12")).QuerySelector("textarea#Input_Answer"));
        Assert.Null((await manager.GetAsync($"/projects/{id}/workbook/1")).QuerySelector("textarea#Input_Answer"));
        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        Assert.Contains("Users told", (await leader.GetAsync($"/projects/{id}/pack/preview")).QuerySelector("#implement")!.TextContent, StringComparison.Ordinal);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
