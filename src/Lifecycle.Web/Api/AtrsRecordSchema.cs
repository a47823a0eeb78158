using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Lifecycle.Web.Api;

/// <summary>
/// Describes the transparency record's answer with the ATRS v3.0 schema kept beside the exporter, the same file the
/// export is tested against, so the API document and the file cannot drift apart.
/// </summary>
internal sealed class AtrsRecordSchema : IOpenApiDocumentTransformer
{
    public const string ResourceName = "Lifecycle.Web.Exports.Transparency.atrs-v3.0-record.schema.json";

    private const string ComponentName = "AtrsRecord";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operation = document.Paths?.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .FirstOrDefault(o => o.OperationId == ApiEndpoints.TransparencyRecordOperation);
        if (operation?.Responses?.TryGetValue("200", out var answer) != true || answer is not OpenApiResponse ok)
        {
            throw new InvalidOperationException($"The API has no {ApiEndpoints.TransparencyRecordOperation} operation answering 200 to describe.");
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ComponentName] = Read(document);
        ok.Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ComponentName, document) },
        };
        return Task.CompletedTask;
    }

    /// <summary>The file's own identity and JSON Schema dialect belong to the file, not to a schema inside an OpenAPI 3.1 document.</summary>
    private static OpenApiSchema Read(OpenApiDocument document)
    {
        var schema = JsonNode.Parse(Text())!.AsObject();
        schema.Remove("$schema");
        schema.Remove("$id");
        schema.Remove("$comment");
        return OpenApiModelFactory.Parse<OpenApiSchema>(schema.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is not a schema.");
    }

    public static string Text()
    {
        using var stream = typeof(AtrsRecordSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
