namespace Lifecycle.Web.Tests.Security;

/// <summary>
/// Issue 26, point 1: a control character that got into a project never breaks a page, and a new one is refused at the
/// boundary with an error naming the line.
/// </summary>
public sealed class HiddenCharacterTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task TextWithHiddenCharactersSavedBeforeTheyWereRefused_LeavesEveryPageOfTheProjectWorking()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 9);
        var id = team.ProjectId;
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"TestRunGroups\" SET \"Group\" = {"Boys\u0000\u0001"} WHERE \"Group\" = {"Boys"}"));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Projects\" SET \"Description\" = {"Plans hubs\u0007 \u202e reversed"} WHERE \"Id\" = {id}"));
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);

        var failures = new List<string>();
        foreach (var row in CrossOrganisationTests.ProjectUrls)
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, row.Data, id);
            if (url.EndsWith("/pdf", StringComparison.Ordinal))
            {
                continue; // the PDF prints the pack preview's HTML in Chromium: the browser tests cover it
            }

            foreach (var client in new[] { manager, leader })
            {
                var response = await client.GetResponseAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        var testing = await manager.GetAsync($"/projects/{id}/testing");
        Assert.NotNull(testing.QuerySelector("figure svg[role=img]"));
    }

    [Fact]
    public async Task AControlCharacterTypedIntoAnAnswer_GetsAFieldErrorNamingTheLine_AndNothingIsSaved()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var form = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");

        var page = await PageClient.ParseAsync(await manager.SubmitAsync(form, PostForm, new()
        {
            ["Input.Title"] = "Data feed stops",
            ["Input.Description"] = "The nightly feed fails.\nThen the \u0007 scores go stale.",
            ["Input.Likelihood"] = "2",
            ["Input.Impact"] = "3",
            ["Input.Owner"] = "Priya",
        }));

        Assert.Equal([Lifecycle.Web.Security.HiddenCharacterFieldsFilter.MessageFor(2)], page.ErrorSummaryItems());
        Assert.Contains("Data feed stops", page.QuerySelector("#Input_Title")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).Risks);
    }

    [Fact]
    public async Task ABidiOverrideInAMultipartField_IsRefusedToo()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 7);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        var form = await practitioner.GetAsync($"/projects/{team.ProjectId}/testing/runs/new");

        var page = await PageClient.ParseAsync(await practitioner.SubmitWithFileAsync(form, PostForm, new()
        {
            ["Input.Kind"] = "Alpha",
            ["Input.RanOn.Day"] = "1",
            ["Input.RanOn.Month"] = "4",
            ["Input.RanOn.Year"] = "2026",
            ["Rows[0].Group"] = "Boys\u202e",
            ["Rows[0].TruePositives"] = "20",
            ["Rows[0].FalsePositives"] = "5",
            ["Rows[0].TrueNegatives"] = "23",
            ["Rows[0].FalseNegatives"] = "2",
            ["Rows[1].Group"] = "Girls",
            ["Rows[1].TruePositives"] = "20",
            ["Rows[1].FalsePositives"] = "5",
            ["Rows[1].TrueNegatives"] = "22",
            ["Rows[1].FalseNegatives"] = "3",
        }, "Upload", "empty.csv", []));

        Assert.Contains(Lifecycle.Web.Security.HiddenCharacterFieldsFilter.MessageFor(1), page.ErrorSummaryItems());
        Assert.Empty((await factory.LoadProjectAsync(team.ProjectId)).TestRuns);
    }
}
