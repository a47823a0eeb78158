using System.Text.Json;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Tests.Api;

/// <summary>Issue 15: what the API says about a project is what the domain's own rules say, and lists page predictably.</summary>
public sealed class ApiContentTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task ALiveProject_ReadsAsTheDomainSeesIt()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        var publicPage = await factory.PublishLiveProjectAsync(team);
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));
        var project = await factory.LoadProjectAsync(team.ProjectId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var json = await client.GetJsonAsync($"/api/v1/projects/{team.ProjectId}");

        Assert.Equal(project.Name, json.GetProperty("name").GetString());
        Assert.Equal("Implement", json.GetProperty("phase").GetString());
        Assert.Equal(9, json.GetProperty("stage").GetProperty("number").GetInt32());
        Assert.Equal(project.CurrentStage.Title, json.GetProperty("stage").GetProperty("title").GetString());
        Assert.Equal("Active", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("facts").GetProperty("isPredictive").GetBoolean());
        Assert.Equal(project.WentLiveOn, DateOnly.Parse(json.GetProperty("dates").GetProperty("wentLiveOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("Z", json.GetProperty("dates").GetProperty("createdAt").GetString(), StringComparison.Ordinal);

        var review = json.GetProperty("nextReview");
        Assert.Equal(project.NextReviewDue!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), review.GetProperty("due").GetString());
        Assert.Equal(Lifecycle.Domain.Monitoring.MonitoringSchedule.TimingOf(project.NextReviewDue.Value, today).ToString(), review.GetProperty("timing").GetString());
        Assert.Equal(project.LatestReview!.ReviewedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), review.GetProperty("lastReviewedOn").GetString());

        var gate = project.EvaluateGate();
        var outstanding = json.GetProperty("nextGate").GetProperty("outstanding").EnumerateArray().ToList();
        Assert.Equal(gate.BrokenRules.Select(r => r.Message), outstanding.Select(o => o.GetProperty("message").GetString()));
        Assert.Equal(gate.BrokenRules.Select(r => r.GetType().Name[..^"Rule".Length]), outstanding.Select(o => o.GetProperty("rule").GetString()));
        Assert.Equal(gate.IsOpen, json.GetProperty("nextGate").GetProperty("isOpen").GetBoolean());

        var signOffs = json.GetProperty("signOffs").EnumerateArray().ToDictionary(s => s.GetProperty("kind").GetString()!, s => s.GetProperty("state").GetString());
        Assert.NotEmpty(signOffs);
        foreach (var kind in project.SignOffRequests.Select(r => r.Kind).Distinct())
        {
            Assert.Equal(project.ApprovalStateOf(kind).ToString(), signOffs[kind.ToString()]);
        }

        Assert.Equal(project.SeriousOpenRisks.Count, json.GetProperty("seriousOpenRisks").GetInt32());
        Assert.Equal(project.HasThresholdBreach, json.GetProperty("latestReviewMissedAThreshold").GetBoolean());
        Assert.Equal(publicPage, json.GetProperty("transparency").GetProperty("publicPage").GetString());
        Assert.Equal($"/api/v1/projects/{team.ProjectId}/risks", json.GetProperty("links").GetProperty("risks").GetString());

        var listed = (await client.GetJsonAsync("/api/v1/projects")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(json.GetRawText(), listed.GetRawText());
    }

    [Fact]
    public async Task AProjectsRecords_ReadAsTheDomainSeesThem()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillToFirstReviewAsync(team);
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));
        var project = await factory.LoadProjectAsync(team.ProjectId);
        var path = $"/api/v1/projects/{team.ProjectId}";

        var risks = (await client.GetJsonAsync(path + "/risks")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, risks.Count);
        Assert.Equal(project.Risks.OrderBy(r => r.Number).Select(r => (r.Number, r.Title, r.Details.Rating.ToString(), r.Status.ToString())),
            risks.Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("title").GetString()!, r.GetProperty("rating").GetString()!, r.GetProperty("status").GetString()!)));

        var signOffs = (await client.GetJsonAsync(path + "/sign-offs")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(project.SignOffRequests.OrderBy(r => r.Number).Select(r => r.Number), signOffs.Select(s => s.GetProperty("number").GetInt32()));
        var goLive = signOffs.Single(s => s.GetProperty("kind").GetString() == nameof(SignOffKind.GoLive));
        Assert.Equal(project.ApprovalStateOf(SignOffKind.GoLive).ToString(), goLive.GetProperty("standing").GetString());
        var decision = project.LatestDecision(SignOffKind.GoLive)!;
        Assert.Equal("Approved", goLive.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(decision.DecidedByName, goLive.GetProperty("decision").GetProperty("decidedBy").GetString());
        Assert.Equal(decision.Comment, goLive.GetProperty("decision").GetProperty("comment").GetString());

        var runs = (await client.GetJsonAsync(path + "/test-runs")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(project.TestRuns.OrderBy(r => r.Number).Select(r => r.Kind.ToString()), runs.Select(r => r.GetProperty("kind").GetString()));
        foreach (var (run, answer) in project.TestRuns.OrderBy(r => r.Number).Zip(runs))
        {
            AssertJudgement(project.ResultOf(run)!, run, answer.GetProperty("results"));
        }

        var reviews = (await client.GetJsonAsync(path + "/monitoring-reviews")).GetProperty("items").EnumerateArray().ToList();
        var review = Assert.Single(project.MonitoringReviews);
        Assert.Equal("Continue", Assert.Single(reviews).GetProperty("outcome").GetString());
        AssertJudgement(project.ResultOf(review)!, review, reviews[0].GetProperty("results"));
    }

    [Fact]
    public async Task TheTransparencyRecord_IsTheSameAtrsJsonAsTheDownload()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));

        var download = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Content.ReadAsStringAsync()).RootElement;
        var api = await client.GetJsonAsync($"/api/v1/projects/{team.ProjectId}/transparency-record");

        Assert.Equal(WithoutTime(download), WithoutTime(api));
        Assert.NotEmpty(api.GetProperty("missing_fields").EnumerateArray());
    }

    [Fact]
    public async Task ANewProject_ListsWhatItsFirstGateNeeds_AndAChangeShowsAtOnce()
    {
        var team = await Team.CreateAsync(factory);
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));
        var path = $"/api/v1/projects/{team.ProjectId}";

        var before = await client.GetJsonAsync(path);
        Assert.Equal("Explore", before.GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("nextReview").ValueKind);
        Assert.Equal(2, before.GetProperty("nextGate").GetProperty("to").GetProperty("number").GetInt32());
        Assert.False(before.GetProperty("nextGate").GetProperty("isOpen").GetBoolean());
        Assert.NotEmpty(before.GetProperty("nextGate").GetProperty("outstanding").EnumerateArray());

        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.PutOnHold("Waiting for the data sharing agreement", new Domain.Common.Actor(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var after = await client.GetJsonAsync(path);
        Assert.Equal("OnHold", after.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("dates").GetProperty("putOnHoldAt").ValueKind);
        Assert.Equal("OnHold", (await client.GetJsonAsync("/api/v1/projects")).GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Lists_ArePaged_OldestFirst_AndBadPagingIsExplained()
    {
        var team = await Team.CreateAsync(factory);
        var second = await factory.ProjectAsync(team.Manager, "Second tool");
        var third = await factory.ProjectAsync(team.Manager, "Third tool");
        var client = factory.ApiClient(await factory.MakeApiTokenAsync(team));

        var first = await client.GetJsonAsync("/api/v1/projects?pageSize=2");
        Assert.Equal([team.ProjectId, second], first.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal((1, 2, 3, 2), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("totalItems").GetInt32(), first.GetProperty("totalPages").GetInt32()));
        Assert.Equal("/api/v1/projects?page=2&pageSize=2", first.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("links").GetProperty("previous").ValueKind);

        var last = await client.GetJsonAsync(first.GetProperty("links").GetProperty("next").GetString()!);
        Assert.Equal([third], last.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Equal("/api/v1/projects?page=1&pageSize=2", last.GetProperty("links").GetProperty("previous").GetString());
        Assert.Empty((await client.GetJsonAsync("/api/v1/projects?page=3&pageSize=2")).GetProperty("items").EnumerateArray());
        Assert.Equal(50, (await client.GetJsonAsync("/api/v1/projects")).GetProperty("pageSize").GetInt32());

        var zero = await client.GetJsonAsync("/api/v1/projects?page=0&pageSize=101", HttpStatusCode.BadRequest);
        Assert.Equal("page must be from 1 to 1,000,000 (pages count from 1)", zero.GetProperty("errors").GetProperty("page")[0].GetString());
        Assert.Equal("pageSize must be between 1 and 100", zero.GetProperty("errors").GetProperty("pageSize")[0].GetString());
        var words = await client.GetJsonAsync($"/api/v1/projects/{team.ProjectId}/risks?pageSize=lots", HttpStatusCode.BadRequest);
        Assert.Equal("pageSize must be a whole number.", words.GetProperty("detail").GetString());
    }

    private static void AssertJudgement(Domain.Testing.EvaluationResult expected, Domain.Testing.JudgedResult result, JsonElement answer)
    {
        Assert.Equal(expected.MeetsEveryThreshold, answer.GetProperty("meetsEveryThreshold").GetBoolean());
        Assert.Equal(result.ThresholdsVersion, answer.GetProperty("thresholdsVersion").GetInt32());
        Assert.Equal(expected.Overall.Total, answer.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("cases").GetInt32()));
        Assert.Equal(expected.Overall.Accuracy.Value!.Value, answer.GetProperty("overall").GetProperty("accuracy").GetProperty("value").GetDouble(), 9);
        Assert.Equal(expected.Overall.Recall.Interval95!.Value.Lower, answer.GetProperty("overall").GetProperty("recall").GetProperty("lower95").GetDouble(), 9);
        Assert.Equal(expected.Groups.Select(g => g.Group), answer.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        Assert.Equal(expected.Checks.Select(c => (c.Description, c.IsMet)),
            answer.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("description").GetString()!, c.GetProperty("met").GetBoolean())));
    }

    private static string WithoutTime(JsonElement record)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(record.GetRawText())!.AsObject();
        copy.Remove("generated_at");
        return copy.ToJsonString();
    }
}
