using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Exports.Transparency;

/// <summary>
/// The record as JSON keyed by ATRS v3.0 attribute names, each with its reference number.
/// No official schema exists, so the layout follows the standard's own grouping; model and
/// data specifications are arrays because a record can describe several.
/// </summary>
public static class TransparencyJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(TransparencyRecord record, DateTime generatedAt)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("standard", "Algorithmic Transparency Recording Standard");
            json.WriteString("standard_version", "3.0");
            json.WriteString("generated_by", "Lifecycle");
            json.WriteString("generated_at", generatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            json.WriteStartArray("missing_fields");
            foreach (var field in record.Missing)
            {
                json.WriteStringValue($"{field.Reference} {field.Attribute}");
            }

            json.WriteEndArray();
            foreach (var part in record.Fields.GroupBy(f => f.Group.Key))
            {
                WritePart(json, part.Key, part.ToList());
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WritePart(Utf8JsonWriter json, string key, List<AtrsField> fields)
    {
        if (fields[0].Group.Instance is null)
        {
            json.WritePropertyName(key);
            WriteFields(json, fields);
            return;
        }

        json.WriteStartArray(key);
        foreach (var instance in fields.GroupBy(f => f.Group.Instance))
        {
            WriteFields(json, instance.ToList());
        }

        json.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter json, IEnumerable<AtrsField> fields)
    {
        json.WriteStartObject();
        foreach (var field in fields)
        {
            json.WriteStartObject(field.Attribute);
            json.WriteString("reference", field.Reference);
            if (field.IsMissing)
            {
                json.WriteNull("value");
            }
            else
            {
                json.WriteString("value", field.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
