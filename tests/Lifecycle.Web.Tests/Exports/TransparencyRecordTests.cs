using System.Text.Json;

namespace Lifecycle.Web.Tests.Exports;

public sealed class TransparencyRecordTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task Json_IsKeyedByAtrsAttributes_PrefilledFromTheProject_AndListsWhatIsMissing()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var page = await manager.GetAsync($"/projects/{team.ProjectId}/transparency");
        var missingOnPage = page.QuerySelectorAll("#missing-fields tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Contains("0.6", missingOnPage);
        Assert.DoesNotContain("0.1", missingOnPage);
        Assert.Contains("2.4.2.7", missingOnPage);
        Assert.DoesNotContain("0.11", missingOnPage);

        var response = await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal("3.0", root.GetProperty("standard_version").GetString());
        AssertField(root.GetProperty("metadata"), "title", "0.11", "Early help dashboard");
        AssertField(root.GetProperty("metadata"), "organisation_name", "0.12", "Test Borough Council");
        AssertField(root.GetProperty("metadata"), "organisation_type", "0.3", "local-authority");
        AssertField(root.GetProperty("metadata"), "phase", "0.13", "pre-deployment");
        AssertField(root.GetProperty("owner_and_responsibility"), "external_supplier_involvement", "2.1.4", "No");
        AssertField(root.GetProperty("description_and_rationale"), "previous_process", "2.2.4", "Early help referrals rose by a third in two years and localities cannot plan capacity.");
        var datasets = root.GetProperty("data_specification").EnumerateArray().ToList();
        Assert.Equal(3, datasets.Count);
        AssertField(datasets[0], "source_data_name", "2.4.3.1", "Early help assessments");
        AssertField(datasets[0], "data_quantities", "2.4.3.4", "48,210 rows");
        Assert.Contains("DPIA-2026-014", root.GetProperty("risks_mitigations_and_impact_assessments").GetProperty("impact_assessment").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("metadata").GetProperty("id").GetProperty("value").ValueKind);

        var missingInJson = root.GetProperty("missing_fields").EnumerateArray().Select(m => m.GetString()!.Split(' ')[0]).ToList();
        Assert.Equal(missingOnPage, missingInJson);
        Assert.Equal(page.QuerySelector("#completeness")!.TextContent.Split(' ')[2], CountFields(root).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Json_MeetsTheAtrsSchema_WithGovUksVocabulary()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        await factory.FillAsync(team);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await SaveTeamTextAsync(manager, team.ProjectId, new()
        {
            ["Values[website_url]"] = "https://www.council.example/early-help-tool",
            ["Values[contact_email]"] = "early.help.data@council.example",
            ["Values[team]"] = "Early help & performance team",
        });

        using var json = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Empty(SchemaCheck.Problems(SchemaCheck.AtrsRecord(), root));
        var metadata = root.GetProperty("metadata");
        Assert.Equal("england", metadata.GetProperty("region").GetProperty("value").GetString());
        Assert.Equal("forecasting", metadata.GetProperty("capability").GetProperty("value").GetString());
        Assert.Equal("social-protection", metadata.GetProperty("function").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("date_archived").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("id").GetProperty("value").ValueKind);
        Assert.DoesNotContain(root.GetProperty("missing_fields").EnumerateArray(), m => m.GetString()!.StartsWith("0.1 ", StringComparison.Ordinal));
        Assert.Equal("Early help & performance team", root.GetProperty("owner_and_responsibility").GetProperty("team").GetProperty("value").GetString());
    }

    [Fact]
    public async Task TeamText_ThatIsNotAnEmailAddress_IsRefusedForTheContact_AndNothingIsLost()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);
        await SaveTeamTextAsync(manager, team.ProjectId, new() { ["Values[team]"] = "Performance team" });

        var refused = await SaveTeamTextAsync(manager, team.ProjectId, new()
        {
            ["Values[team]"] = "Performance and insight team",
            ["Values[contact_email]"] = "ring the front door",
        });

        Assert.Contains("The contact email is not an email address", refused.Body!.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await (await manager.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Content.ReadAsStringAsync());
        Assert.Equal("Performance team", json.RootElement.GetProperty("owner_and_responsibility").GetProperty("team").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Document_HasTheV4Headings_AndOnlyProjectManagersExport()
    {
        var team = await Team.CreateAsync(factory);
        var manager = await PageClient.SignedInAsync(factory, team.Manager);

        var document = await manager.GetAsync($"/projects/{team.ProjectId}/transparency/document");
        Assert.Equal(
            ["Summary information", "Owner and responsibility", "Description and rationale", "Deployment context", "Tool specification",
             "Model specification", "Development data specification", "Operational data specification", "Risks, mitigations and impact assessments"],
            document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Not yet recorded", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var practitioner = await PageClient.SignedInAsync(factory, team.Practitioner);
        Assert.Contains("access-denied", (await practitioner.GetResponseAsync($"/projects/{team.ProjectId}/transparency/json")).Location(), StringComparison.Ordinal);
        Assert.DoesNotContain("/transparency", (await practitioner.GetAsync($"/projects/{team.ProjectId}")).Body!.InnerHtml, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SaveTeamTextAsync(PageClient manager, Guid projectId, Dictionary<string, string> values) =>
        await PageClient.ParseAsync(await manager.SubmitAsync(await manager.GetAsync($"/projects/{projectId}/transparency/edit"), "form[method=post]:not(.app-inline-form)", values));

    private static void AssertField(JsonElement part, string attribute, string reference, string value)
    {
        var field = part.GetProperty(attribute);
        Assert.Equal(reference, field.GetProperty("reference").GetString());
        Assert.Equal(value, field.GetProperty("value").GetString());
    }

    private static int CountFields(JsonElement root) => root.EnumerateObject()
        .Where(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && p.Name != "missing_fields")
        .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
        .Sum(group => group.EnumerateObject().Count());
}
