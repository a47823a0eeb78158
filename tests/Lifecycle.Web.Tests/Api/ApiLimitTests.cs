namespace Lifecycle.Web.Tests.Api;

public sealed class ApiLimitFactory : LifecycleFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Api:RequestsPerMinute", "3")];
}

/// <summary>Issue 15: each token has its own limit a minute; past it the answer is 429 in JSON with when to try again, and other tokens carry on.</summary>
public sealed class ApiLimitTests(ApiLimitFactory factory) : IClassFixture<ApiLimitFactory>
{
    [Fact]
    public async Task PastItsLimit_ATokenIsToldToWait_AndAnotherTokenIsNotHeldUp()
    {
        var team = await Team.CreateAsync(factory);
        var busy = factory.ApiClient(await factory.MakeApiTokenAsync(team, "Busy dashboard"));
        var quiet = factory.ApiClient(await factory.MakeApiTokenAsync(team, "Quiet report"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await busy.GetAsync("/api/v1/projects"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            answers.Select(a => a.StatusCode));
        var refused = answers[^1];
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("Try again in", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync($"/api/v1/projects/{team.ProjectId}")).StatusCode);
    }
}
