using AngleSharp.Html.Dom;

namespace Lifecycle.Web.Tests.Support;

public static class PublishedTool
{
    /// <summary>Fills the team's project to its first review, has its manager publish the record, and returns the public page's path.</summary>
    public static async Task<string> PublishLiveProjectAsync(this LifecycleFactory factory, Team team)
    {
        await factory.FillToFirstReviewAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var page = await manager.GetAsync($"/projects/{team.ProjectId}/transparency");
        var published = await manager.SubmitAsync(page, "form[action$='handler=Publish']", new());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var after = await manager.GetAsync(published.Headers.Location!.OriginalString);
        Assert.Contains("Published", after.QuerySelector("#publication-state")!.TextContent, StringComparison.Ordinal);
        return new Uri(after.QuerySelector<IHtmlAnchorElement>("#public-address")!.Href).AbsolutePath;
    }
}
