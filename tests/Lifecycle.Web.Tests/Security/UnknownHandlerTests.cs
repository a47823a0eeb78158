using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 11, item 5: a request that matches no handler is refused cleanly, never a 500 from a page rendered with nothing loaded.</summary>
public sealed partial class UnknownHandlerTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryPage_WithoutAMatchingHandler_AnswersWithoutA5xx()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.AdvanceToAsync(team, 9);
        var client = await PageClient.SignedInAsync(factory, team.Manager);
        var templates = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Select(p => "/" + p.AttributeRouteInfo!.Template).Distinct().Order(StringComparer.Ordinal).ToList();
        var failures = new List<string>();

        // Signing out would end the session the rest of the requests use.
        foreach (var template in templates.Where(t => t != "/account/sign-out"))
        {
            var url = Fill(template, team.ProjectId);
            foreach (var (method, target) in new[] { ("POST", url), ("POST", url + "?handler=NoSuchHandler"), ("GET", url + "?handler=NoSuchHandler") })
            {
                var response = method == "POST"
                    ? await client.PostWithTokenAsync(target, "/", new() { ["Version"] = Guid.NewGuid().ToString() })
                    : await client.GetResponseAsync(target);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {target}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(templates.Count > 60, "The page list should cover every route.");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task APostToAPageWithNoPostHandler_Is405_AndAnUnknownNamedHandlerIs404()
    {
        var team = await Team.CreateAsync(factory);
        var client = await PageClient.SignedInAsync(factory, team.Manager);

        var post = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/audit", "/", []);
        var named = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/go-live?handler=Nonsense", "/", []);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("GET", post.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.NotFound, named.StatusCode);
    }

    [Fact]
    public async Task RemovingARole_WithAnUnknownPersonOrAGarbageRole_IsRefusedCleanly_AndChangesNothing()
    {
        var team = await Team.CreateAsync(factory);
        var client = await PageClient.SignedInAsync(factory, team.Manager);
        var before = await factory.LoadProjectAsync(team.ProjectId);

        var unknown = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/team?handler=Remove", "/",
            new() { ["personId"] = Guid.NewGuid().ToString(), ["role"] = "Viewer", ["version"] = before.Version.ToString() });
        var missing = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/team?handler=Remove", "/", new() { ["version"] = before.Version.ToString() });
        var garbage = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/team?handler=Remove", "/",
            new() { ["personId"] = team.Practitioner.Id.ToString(), ["role"] = "Garbage", ["version"] = before.Version.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(["Choose a person's role to remove from the list on this page"], (await PageClient.ParseAsync(garbage)).ErrorSummaryItems());
        Assert.Equal(before.Version, (await factory.LoadProjectAsync(team.ProjectId)).Version);

        var member = await client.PostWithTokenAsync($"/projects/{team.ProjectId}/oversight?handler=Remove", "/", new() { ["version"] = before.Version.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
    }

    private static string Fill(string template, Guid projectId) =>
        Parameter().Replace(template, match => match.Groups["name"].Value switch
        {
            "projectId" => projectId.ToString(),
            _ when match.Value.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            "code" => "1.1",
            "source" => "test-runs",
            _ => "1",
        }).Replace("//", "/", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
