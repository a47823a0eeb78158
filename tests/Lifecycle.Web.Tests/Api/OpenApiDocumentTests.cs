using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lifecycle.Web.Tests.Api;

/// <summary>Issue 15: the OpenAPI document at /api/v1/openapi.json describes every API address, how to authenticate and what comes back.</summary>
public sealed partial class OpenApiDocumentTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task TheDocument_ListsEveryApiEndpoint_AndNothingElse()
    {
        var document = await factory.ApiClient(token: null).GetJsonAsync("/api/v1/openapi.json");

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => $"{method} {Constraint().Replace(e.RoutePattern.RawText!, string.Empty)}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(7, mapped.Count);
        Assert.Equal(mapped, documented);
        var addresses = ApiAccessTests.ProjectAddresses(Guid.Empty).Prepend("/api/v1/projects").Select(a => a.Replace(Guid.Empty.ToString(), "{projectId}", StringComparison.Ordinal));
        Assert.Equal(documented.Select(d => d["GET ".Length..]).Order(StringComparer.Ordinal), addresses.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThePagingParameters_StateTheirBounds()
    {
        var document = await factory.ApiClient(token: null).GetJsonAsync("/api/v1/openapi.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/projects").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal((1, 1_000_000), (parameters["page"].GetProperty("minimum").GetInt32(), parameters["page"].GetProperty("maximum").GetInt32()));
        Assert.Equal((1, 100), (parameters["pageSize"].GetProperty("minimum").GetInt32(), parameters["pageSize"].GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public async Task TheDocument_SaysHowToAuthenticate_AndDescribesWhatComesBack()
    {
        var document = await factory.ApiClient(token: null).GetJsonAsync("/api/v1/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Lifecycle read API", document.GetProperty("info").GetProperty("title").GetString());
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiToken", out _));

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            Assert.True(responses.TryGetProperty("200", out _), path.Name);
            Assert.True(responses.TryGetProperty("401", out _), path.Name);
            Assert.True(responses.TryGetProperty("429", out _), path.Name);
            Assert.Equal(path.Name.Contains("{projectId}", StringComparison.Ordinal), responses.TryGetProperty("404", out _));
        }

        var project = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiProject").GetProperty("properties");
        foreach (var property in new[] { "phase", "stage", "status", "dates", "nextReview", "nextGate", "signOffs" })
        {
            Assert.True(project.TryGetProperty(property, out _), property);
        }

        var status = document.GetProperty("components").GetProperty("schemas").GetProperty("ProjectStatus");
        Assert.Contains("OnHold", status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var dates = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiProjectDates").GetProperty("properties");
        Assert.Equal("date-time", dates.GetProperty("createdAt").GetProperty("format").GetString());
    }

    [GeneratedRegex(":[a-z]+(?=})")]
    private static partial Regex Constraint();
}
