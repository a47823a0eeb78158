using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lifecycle.Domain.Common;

/// <summary>Turns the values a change touched into compact JSON for the audit trail.</summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(object values) => JsonSerializer.Serialize(values, Options);
}
