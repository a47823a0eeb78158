using Lifecycle.Domain.Organisations;

namespace Lifecycle.Web.Tests.Api;

/// <summary>
/// Issue 15: every API address with no token, a revoked token, an expired token, another organisation's token, a
/// sign-in cookie instead of a token, and a valid token. Another organisation's project reads exactly like one that
/// does not exist.
/// </summary>
public sealed class ApiAccessTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    /// <summary>Every address of the API, for the project given; kept in step with the routes by <see cref="OpenApiDocumentTests"/>.</summary>
    public static IReadOnlyList<string> ProjectAddresses(Guid projectId) =>
    [
        $"/api/v1/projects/{projectId}",
        $"/api/v1/projects/{projectId}/risks",
        $"/api/v1/projects/{projectId}/sign-offs",
        $"/api/v1/projects/{projectId}/test-runs",
        $"/api/v1/projects/{projectId}/monitoring-reviews",
        $"/api/v1/projects/{projectId}/transparency-record",
    ];

    private static IEnumerable<string> Everything(Guid projectId) => ProjectAddresses(projectId).Prepend("/api/v1/projects");

    [Fact]
    public async Task WithoutAToken_EveryAddressAnswers401_WithAProblemThatSaysWhatToSend()
    {
        var team = await Team.CreateAsync(factory);
        var anonymous = factory.ApiClient(token: null);

        foreach (var path in Everything(team.ProjectId))
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("Authorization: Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ASignInCookie_DoesNotReadTheApi()
    {
        var team = await Team.CreateAsync(factory);
        var admin = await PageClient.SignedInAsync(factory, team.Admin);

        foreach (var path in Everything(team.ProjectId))
        {
            var response = await admin.GetResponseAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public async Task ARevokedToken_AnExpiredToken_AndAMadeUpToken_AreRefusedEverywhere()
    {
        var team = await Team.CreateAsync(factory);
        var revoked = await factory.MakeApiTokenAsync(team, "Revoked");
        var expired = await factory.MakeApiTokenAsync(team, "Expired");
        await factory.WithScopeAsync(async sp =>
        {
            var tokens = sp.GetRequiredService<Application.Api.ApiTokens>();
            var id = (await tokens.ListAsync(team.OrganisationId, CancellationToken.None)).Single(t => t.Name == "Revoked").Id;
            await tokens.RevokeAsync(team.OrganisationId, id, new Domain.Common.Actor(team.Admin.Id, team.Admin.Name, true), CancellationToken.None);
            return true;
        });
        await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "Expired" && t.OrganisationId == team.OrganisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        foreach (var token in new[] { revoked, expired, ApiToken.SecretPrefix + "not-a-real-token", "no prefix at all" })
        {
            foreach (var path in Everything(team.ProjectId))
            {
                var problem = await factory.ApiClient(token).GetJsonAsync(path, HttpStatusCode.Unauthorized);
                Assert.Equal("This API token is not recognised, has been revoked or has expired.", problem.GetProperty("detail").GetString());
            }
        }
    }

    [Fact]
    public async Task AnotherOrganisationsToken_FindsNothingOfThisOne()
    {
        var team = await Team.CreateAsync(factory);
        var other = await Team.CreateAsync(factory);
        var token = await factory.MakeApiTokenAsync(other);
        var client = factory.ApiClient(token);

        foreach (var path in ProjectAddresses(team.ProjectId))
        {
            var problem = await client.GetJsonAsync(path, HttpStatusCode.NotFound);
            Assert.Equal("There is no project with this id in your organisation.", problem.GetProperty("detail").GetString());
        }

        var unknown = await client.GetJsonAsync($"/api/v1/projects/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal("There is no project with this id in your organisation.", unknown.GetProperty("detail").GetString());

        var list = await client.GetJsonAsync("/api/v1/projects");
        Assert.Equal([other.ProjectId], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task AValidToken_ReadsEveryAddress_AndRecordsWhenItWasLastUsed()
    {
        var team = await Team.CreateAsync(factory);
        var token = await factory.MakeApiTokenAsync(team);
        var client = factory.ApiClient(token);

        foreach (var path in Everything(team.ProjectId))
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.NotNull(await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.OrganisationId == team.OrganisationId).Select(t => t.LastUsedAt).SingleAsync()));
    }

    [Fact]
    public async Task TheApiIsReadOnly_AndAnUnknownAddressIsAProblemNotAPage()
    {
        var team = await Team.CreateAsync(factory);
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));

        var post = await client.PostAsync("/api/v1/projects", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow);
        var deleteNothing = await client.DeleteAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleteNothing.StatusCode);
        Assert.Equal(["GET", "HEAD"], deleteNothing.Content.Headers.Allow);

        var missing = await client.GetJsonAsync("/api/v1/no-such-thing", HttpStatusCode.NotFound);
        Assert.Contains("/api/v1/openapi.json", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
