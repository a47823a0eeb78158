using System.Reflection;
using Lifecycle.Web.Links;

namespace Lifecycle.Web.Tests.Architecture;

/// <summary>Issue 28 §3: every typed project link resolves to a page of that project that answers its team.</summary>
public sealed class ProjectLinksTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryProjectLink_ResolvesToAPageOfTheProjectThatAnswers()
    {
        var team = await Team.CreateAsync(factory);
        var links = factory.Services.GetRequiredService<ProjectLinks>();
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var leader = await PageClient.SignedInAsync(factory, team.Leader); // accepting a gap is a senior leader's page
        var methods = typeof(ProjectLinks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.ReturnType == typeof(string)).ToList();
        Assert.True(methods.Count >= 25);

        foreach (var method in methods)
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(Guid) => team.ProjectId,
                var t when t == typeof(int) => 1,
                var t when t == typeof(EngagementPart) => EngagementPart.Training,
                var t when t == typeof(string) && p.Name == "source" => "test-runs",
                var t when t == typeof(string) => "1.1",
                _ => (object?)null,
            }).ToArray();
            var path = (string)method.Invoke(links, arguments)!;
            Assert.StartsWith($"/projects/{team.ProjectId}", path, StringComparison.Ordinal);

            var client = method.Name == nameof(ProjectLinks.AcceptGap) ? leader : manager;
            var response = await client.Http.GetAsync(path.Split('#')[0]);
            // Accepting a gap of a run that does not exist is "not found" by design; every other page is served to the team.
            var expected = method.Name == nameof(ProjectLinks.AcceptGap) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{method.Name} gave {path}, which answers {(int)response.StatusCode}.");
        }
    }
}
