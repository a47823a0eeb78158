using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Lifecycle.Web.Tests.Api;

/// <summary>
/// Issue 27, point 2: a property-based run of the API against its own OpenAPI document (Schemathesis cannot be installed
/// here). Requests are generated from each operation's parameters — good ids, other organisations' ids, ids in other
/// spellings, non-ids, page numbers inside, on and past their bounds, words for numbers, no token, a wrong token — and
/// every answer must be no 5xx, a status the operation documents, and a body its schema accepts.
/// </summary>
public sealed class ApiContractTests(ApiContractTests.WithRoomToCall factory) : IClassFixture<ApiContractTests.WithRoomToCall>
{
    /// <summary>Enough requests a minute for the run; the limit itself is tested in <see cref="ApiLimitTests"/>.</summary>
    public sealed class WithRoomToCall : LifecycleFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Api:RequestsPerMinute", "100000")];
    }

    private const int RequestsPerOperation = 60;

    [Fact]
    public async Task EveryOperation_AnswersAsItsDocumentSays_ForGeneratedRequests()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.PublishLiveProjectAsync(team);
        var stranger = await Team.CreateAsync(factory);
        var token = await factory.MakeApiTokenAsync(team);
        var anonymous = factory.ApiClient(token: null);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/openapi.json"))!.AsObject();

        var seed = Environment.GetEnvironmentVariable("LIFECYCLE_API_SEED") is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : Random.Shared.Next();
        var values = new Values(new Random(seed), team.ProjectId, stranger.ProjectId);
        var clients = new Dictionary<string, HttpClient>
        {
            ["token"] = factory.ApiClient(token),
            ["none"] = anonymous,
            ["wrong"] = factory.ApiClient("lc_" + new string('x', 40)),
        };
        var failures = new List<string>();
        var statusesSeen = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var operation = item!["get"]!.AsObject();
            var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
            for (var i = 0; i < RequestsPerOperation; i++)
            {
                var who = i % 10 == 9 ? (i % 20 == 19 ? "wrong" : "none") : "token";
                var (address, allowed) = values.Address(path, parameters);
                var response = await clients[who].GetAsync(address);
                var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                statusesSeen.Add($"{operation["operationId"]} {status}");
                var body = await response.Content.ReadAsStringAsync();
                var problem = status[0] == '2' && !allowed
                    ? "answered a value the document does not allow (an id that is not a uuid, a number outside its bounds)"
                    : Check(document, path, operation, status, response, body);
                if (problem is not null)
                {
                    failures.Add($"GET {address} ({who} token) → {status}: {problem}\n    {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        // The check can fail: a list that is not a list is refused by the list's schema.
        Assert.NotEmpty(SchemaCheck.Problems(SchemaAt(document, "#/paths/~1api~1v1~1projects/get/responses/200/content/application~1json/schema"),
            JsonDocument.Parse("""{"items": 5}""").RootElement));
        Assert.True(failures.Count == 0, $"Seed {seed} (set LIFECYCLE_API_SEED to repeat it):\n" + string.Join("\n", failures.Distinct().Take(20)));

        // The run reached the answers that matter, not only refusals: each operation answered 200, and refused a missing token.
        foreach (var operationId in document["paths"]!.AsObject().Select(p => p.Value!["get"]!["operationId"]!.GetValue<string>()))
        {
            Assert.Contains($"{operationId} 200", statusesSeen);
            Assert.Contains($"{operationId} 401", statusesSeen);
        }
    }

    /// <summary>What is wrong with one answer against its operation in the document, or null when nothing is.</summary>
    private static string? Check(JsonObject document, string path, JsonObject operation, string status, HttpResponseMessage response, string body)
    {
        if (status[0] == '5')
        {
            return "a server error";
        }

        var responses = operation["responses"]!.AsObject();
        var documented = responses.ContainsKey(status) ? status : responses.ContainsKey("default") ? "default" : null;
        if (documented is null)
        {
            return $"status {status} is not documented (documented: {string.Join(", ", responses.Select(r => r.Key))})";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = responses[documented]!["content"]?.AsObject();
        if (body.Length == 0)
        {
            return content is null || status == "405" ? null : $"an empty body where the document describes {string.Join(", ", content.Select(c => c.Key))}";
        }

        if (content is null || mediaType is null || !content.ContainsKey(mediaType))
        {
            return $"content {mediaType ?? "of no type"} is not documented for {status}";
        }

        var pointer = $"#/paths/{Escape(path)}/get/responses/{documented}/content/{Escape(mediaType)}/schema";
        var problems = SchemaCheck.Problems(SchemaAt(document, pointer), JsonDocument.Parse(body).RootElement);
        return problems.Count == 0 ? null : "the body does not match its schema: " + string.Join("; ", problems.Take(5));
    }

    /// <summary>
    /// The schema at a place in the OpenAPI document, as a schema of its own: the document's components become its $defs,
    /// so their "#/components/schemas/..." references resolve.
    /// </summary>
    private static JsonSchema SchemaAt(JsonObject document, string pointer)
    {
        var target = JsonPointerTo(document, pointer);
        var definitions = document["components"]?["schemas"]?.DeepClone().AsObject() ?? [];
        definitions["response"] = target.DeepClone();
        var schema = new JsonObject { ["$ref"] = "#/$defs/response", ["$defs"] = definitions };
        return JsonSchema.FromText(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static JsonNode JsonPointerTo(JsonNode document, string pointer) => pointer.TrimStart('#', '/').Split('/')
        .Select(part => Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
        .Aggregate(document, (node, part) => node[part] ?? throw new InvalidOperationException($"The document has nothing at {pointer}."));

    private static string Escape(string pointerPart) => pointerPart.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
        .Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);

    /// <summary>Generates values for an operation's parameters: mostly sound ones, with the awkward ones a fuzzer tries.</summary>
    private sealed class Values(Random random, Guid ownProject, Guid strangersProject)
    {
        /// <summary>An address for the operation, and whether every value in it is one the document allows.</summary>
        public (string Address, bool Allowed) Address(string path, IReadOnlyList<JsonObject> parameters)
        {
            var address = path;
            var allowed = true;
            var query = new List<string>();
            foreach (var parameter in parameters)
            {
                var name = parameter["name"]!.GetValue<string>();
                var schema = parameter["schema"]!.AsObject();
                if (parameter["in"]!.GetValue<string>() == "path")
                {
                    var value = PathValue(schema);
                    allowed &= Guid.TryParseExact(value, "D", out _);
                    address = address.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
                }
                else if (random.Next(4) > 0)
                {
                    var value = QueryValue(schema);
                    allowed &= long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                        && number >= (schema["minimum"]?.GetValue<long>() ?? long.MinValue) && number <= (schema["maximum"]?.GetValue<long>() ?? long.MaxValue);
                    query.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }

            if (random.Next(8) == 0)
            {
                query.Add("unexpected=" + Uri.EscapeDataString(Pick("1", "", "<b>", "ü")));
            }

            return (query.Count == 0 ? address : $"{address}?{string.Join('&', query)}", allowed);
        }

        private string PathValue(JsonObject schema) => schema["format"]?.GetValue<string>() == "uuid"
            ? random.Next(10) switch
            {
                < 5 => ownProject.ToString(),
                5 => strangersProject.ToString(),
                6 => Guid.NewGuid().ToString(),
                7 => Pick(ownProject.ToString("N"), ownProject.ToString("B"), ownProject.ToString("P"), ownProject.ToString().ToUpperInvariant()),
                8 => Pick("0", "not-an-id", "00000000-0000-0000-0000-000000000000", new string('a', 300), "é", " "),
                _ => ownProject.ToString()[..^1],
            }
            : Pick("x", "1", "ü");

        private string QueryValue(JsonObject schema)
        {
            var minimum = schema["minimum"]?.GetValue<long>() ?? 1;
            var maximum = schema["maximum"]?.GetValue<long>() ?? 100;
            return random.Next(10) switch
            {
                < 4 => random.NextInt64(minimum, maximum + 1).ToString(CultureInfo.InvariantCulture),
                4 => minimum.ToString(CultureInfo.InvariantCulture),
                5 => maximum.ToString(CultureInfo.InvariantCulture),
                6 => Pick(minimum - 1, maximum + 1, long.MinValue, long.MaxValue, 1L << 31).ToString(CultureInfo.InvariantCulture),
                7 => Pick("", "ten", "1.5", "1e3", "-", "０"),
                _ => random.Next(1, 4).ToString(CultureInfo.InvariantCulture),
            };
        }

        private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
    }
}
