using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lifecycle.Web.Display;

/// <summary>Shows an audit snapshot as "Label: value" lines instead of raw JSON; blank values are left out.</summary>
public static partial class AuditValues
{
    // Entries never change, and a page of a trail that has not grown is read from memory as the same objects: their
    // lines are worked out once for as long as the entry is kept, not on every view.
    private static readonly ConditionalWeakTable<string, IReadOnlyList<(string Label, string Value)>> LinesOfKeptText = [];

    public static IReadOnlyList<(string Label, string Value)> Lines(string? json) =>
        string.IsNullOrEmpty(json) ? [] : LinesOfKeptText.GetValue(json, Parse);

    private static IReadOnlyList<(string Label, string Value)> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [(string.Empty, json)];
            }

            return document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind is not JsonValueKind.Null)
                .Select(p => (Label(p.Name), Value(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [(string.Empty, json)];
        }
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.String => Words(value.GetString()!),
        _ => value.ToString(),
    };

    // Enum values such as "NotApplicable" read as words; free text is left as typed.
    private static string Words(string text) => PascalCase().IsMatch(text) ? Label(text) : text;

    private static string Label(string name)
    {
        var words = WordBoundary().Replace(name, " $1").Trim();
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordBoundary();

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex PascalCase();
}
