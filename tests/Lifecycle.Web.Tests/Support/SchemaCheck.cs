using System.Text.Json;
using Json.Schema;

namespace Lifecycle.Web.Tests.Support;

/// <summary>What a JSON Schema (2020-12) finds wrong with a document, one line per failed keyword, for an assertion that shows them.</summary>
public static class SchemaCheck
{
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key} {e.Value}"))
                .DefaultIfEmpty("invalid, with no detail")
                .ToList();
    }

    /// <summary>The ATRS v3.0 record schema kept in the repository beside the exporter.</summary>
    public static JsonSchema AtrsRecord() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(Repository.Root(), "src", "Lifecycle.Web", "Exports", "Transparency", "atrs-v3.0-record.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
