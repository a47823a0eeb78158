namespace Lifecycle.Web.Tests.Security;

public sealed class ProjectRoleTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task Viewer_CanReadButNotChange()
    {
        var team = await Team.CreateAsync(factory);
        var viewer = await PageClient.SignedInAsync(factory, team.Viewer);

        var stage = await viewer.GetAsync($"/projects/{team.ProjectId}/stages/1");
        Assert.Null(stage.QuerySelector("form[action*=Advance]"));
        Assert.Null(stage.QuerySelector("a[href*='/items/']"));

        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetResponseAsync($"/projects/{team.ProjectId}/stages/1/items/1.1")).StatusCode);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();
        var advance = await viewer.PostWithTokenAsync($"/projects/{team.ProjectId}/stages/1?handler=Advance", "/", new() { ["Version"] = version });
        Assert.Equal("/account/access-denied", new Uri(new Uri("http://localhost"), advance.Location()).AbsolutePath);
    }

    [Fact]
    public async Task DataPractitioner_CanRecordItemsButNotAdvance()
    {
        var team = await Team.CreateAsync(factory);
        await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);

        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/stages/1/items/1.1")).StatusCode);
        var version = (await factory.LoadProjectAsync(team.ProjectId)).Version.ToString();
        var advance = await practitioner.PostWithTokenAsync($"/projects/{team.ProjectId}/stages/1?handler=Advance", "/", new() { ["Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, advance.StatusCode);
        Assert.Contains("access-denied", advance.Location(), StringComparison.Ordinal);
        Assert.Equal(1, (await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number);
    }

    [Fact]
    public async Task SameOrganisationNonMember_IsForbiddenNotShownTheProject()
    {
        var team = await Team.CreateAsync(factory);
        var stranger = await factory.PersonAsync(team.OrganisationId, "Nia Nonmember");
        var client = await PageClient.SignedInAsync(factory, stranger);

        var response = await client.GetResponseAsync($"/projects/{team.ProjectId}");

        Assert.Contains("access-denied", response.Location(), StringComparison.Ordinal);
        var portfolio = await client.GetAsync("/");
        Assert.Null(portfolio.QuerySelector($"a[href='/projects/{team.ProjectId}']"));
    }

    [Fact]
    public async Task OnlyAdministrators_RegisterProjectsAndManagePeople()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        Assert.Contains("access-denied", (await manager.GetResponseAsync("/projects/new")).Location(), StringComparison.Ordinal);
        Assert.Contains("access-denied", (await manager.GetResponseAsync("/organisation/people")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var team = await Team.CreateAsync(factory);
        var anonymous = PageClient.For(factory);

        var response = await anonymous.GetResponseAsync($"/projects/{team.ProjectId}");

        Assert.StartsWith("http://localhost/account/sign-in", response.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetResponseAsync("/health")).StatusCode);
    }
}
