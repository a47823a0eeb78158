namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 26, item 11: a form that adds a record saves once, however many times it is sent.</summary>
public sealed class OnceOnlyFormTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "main form[method=post]";

    private static Dictionary<string, string> Risk(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = "The nightly feed fails and scores go stale.",
        ["Input.Likelihood"] = "2",
        ["Input.Impact"] = "3",
        ["Input.Owner"] = "Priya",
    };

    [Fact]
    public async Task EightIdenticalPostsAtOnce_SaveOneRisk_AndEachIsSentWhereTheFirstWent()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var form = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => manager.SubmitAsync(form, PostForm, Risk("Data feed stops"))));

        Assert.Single((await factory.LoadProjectAsync(team.ProjectId)).Risks);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.Location()).Distinct());
    }

    [Fact]
    public async Task AFormThatCameBackWithErrors_CanBeCorrectedAndSent_AndANewFormAddsAnotherRecord()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var form = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");

        var refused = await manager.SubmitAsync(form, PostForm, Risk(string.Empty));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(form, PostForm, Risk("Data feed stops"))).StatusCode);
        var again = await manager.GetAsync($"/projects/{team.ProjectId}/risks/new");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(again, PostForm, Risk("Scores drift"))).StatusCode);

        Assert.Equal(["Data feed stops", "Scores drift"], (await factory.LoadProjectAsync(team.ProjectId)).Risks.Select(r => r.Title).Order());
    }
}
