using System.Net.Http.Headers;
using System.Text.Json;
using Lifecycle.Application.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lifecycle.Web.Tests.Support;

/// <summary>Calls to the read API as a reporting tool makes them: a bearer token and JSON back.</summary>
public static class ApiCalls
{
    /// <summary>Makes a token for the organisation as its administrator would, and returns the secret.</summary>
    public static Task<string> MakeApiTokenAsync(this LifecycleFactory factory, Team team, string name = "Performance dashboard") =>
        factory.WithScopeAsync(async sp =>
        {
            var made = await sp.GetRequiredService<ApiTokens>().CreateAsync(team.OrganisationId, name, 90,
                new Domain.Common.Actor(team.Admin.Id, team.Admin.Name, IsOrganisationAdministrator: true), CancellationToken.None);
            return made.Secret ?? throw new InvalidOperationException(made.Error);
        });

    public static HttpClient ApiClient(this LifecycleFactory factory, string? token)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>GETs and parses the JSON answer, after checking the status.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
