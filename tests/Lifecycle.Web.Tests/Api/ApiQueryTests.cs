using Microsoft.AspNetCore.Hosting;

namespace Lifecycle.Web.Tests.Api;

/// <summary>The API as a developer runs it: Development, where the framework throws on a query it cannot read.</summary>
public sealed class DevelopmentApiFactory : LifecycleFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Demo:Seed", "false")];
}

/// <summary>Issue 26, point 12: a query the API cannot read is a 400 with what to change, never a 500, and no answer is cached.</summary>
public sealed class ApiQueryTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    [Theory]
    [InlineData("page=abc", "page must be a whole number.")]
    [InlineData("pageSize=1e3", "pageSize must be a whole number.")]
    [InlineData("page=99999999999", "page must be a whole number.")]
    [InlineData("page=2147483647", "page must be from 1 to 1,000,000")]
    public async Task AQueryThatCannotBeRead_IsA400SayingWhatToChange(string query, string expected)
    {
        var team = await Team.CreateAsync(factory);
        var api = factory.ApiClient(await factory.MakeApiTokenAsync(team, "Dashboard"));

        var answer = await api.GetAsync($"/api/v1/projects?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(expected, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AnAnswer_IsNeverKept()
    {
        var team = await Team.CreateAsync(factory);
        var api = factory.ApiClient(await factory.MakeApiTokenAsync(team, "Dashboard"));

        var answer = await api.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(answer.Headers.CacheControl?.NoStore);
    }
}
