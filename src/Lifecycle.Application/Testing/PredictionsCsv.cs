using CsvHelper;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>
/// Reads an uploaded CSV of test cases — one row per case, columns group, predicted and actual
/// (0/1 or true/false), nothing that identifies a child — into confusion counts per group. CSV quoting
/// follows RFC 4180 (CsvHelper), so a group such as "Asian, Asian British or Asian Welsh" can be quoted.
/// Any problem refuses the whole file with line-numbered errors, so nothing half-read is ever saved.
/// </summary>
public static class PredictionsCsv
{
    public const int MaximumBytes = 5 * 1024 * 1024;
    public const int MaximumRows = 100_000;
    public const int MaximumGroupLength = GroupCounts.GroupNameLength;
    private const int ErrorsShown = 20;
    private static readonly string[] Columns = ["group", "predicted", "actual"];

    /// <summary>RFC 4180: values may be quoted (so they can hold commas), and a quote out of place refuses the file rather than being guessed at.</summary>
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static PredictionsCsvResult Read(Stream file)
    {
        using var limited = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (limited.Length + read > MaximumBytes)
            {
                return PredictionsCsvResult.Refused($"The file is larger than {MaximumBytes / 1024 / 1024} MB. Split it, or enter the counts instead.");
            }

            limited.Write(buffer, 0, read);
        }

        limited.Position = 0;
        using var reader = CsvReader.Create(limited, Options, leaveOpen: true);
        try
        {
            return Parse(reader);
        }
        catch (CsvFormatException malformed)
        {
            return PredictionsCsvResult.Refused(
                $"Line {malformed.LineNumber}: a value has a quote (\") in the wrong place. Put quotes only around a whole value, and double any quote inside one.");
        }
    }

    private static PredictionsCsvResult Parse(CsvReader reader)
    {
        if (!reader.Read() || Cells(reader) is not { } header || header.All(string.IsNullOrWhiteSpace))
        {
            return PredictionsCsvResult.Refused("The file is empty. The first line must be the header: group,predicted,actual");
        }

        var names = header.Select(n => n.ToLowerInvariant()).ToList();
        if (names.Count != Columns.Length || Columns.Any(c => !names.Contains(c)))
        {
            return PredictionsCsvResult.Refused(
                $"Line 1: the header must be exactly group,predicted,actual (in any order), not \"{Shorten(string.Join(',', header))}\". Other columns are not allowed: they could identify a child.");
        }

        int group = names.IndexOf("group"), predicted = names.IndexOf("predicted"), actual = names.IndexOf("actual");
        var counts = new Dictionary<string, (int Tp, int Fp, int Tn, int Fn)>(StringComparer.Ordinal);
        var errors = new List<string>();
        var rows = 0;
        while (reader.Read())
        {
            var lineNumber = reader.LineNumber;
            var cells = Cells(reader);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++rows > MaximumRows)
            {
                return PredictionsCsvResult.Refused($"The file has more than {MaximumRows:N0} rows. Split it, or enter the counts instead.");
            }

            if (cells.Count != Columns.Length)
            {
                errors.Add($"Line {lineNumber}: expected 3 values (group, predicted, actual) but found {cells.Count}.");
                continue;
            }

            var name = cells[group];
            var prediction = Outcome(cells[predicted]);
            var outcome = Outcome(cells[actual]);
            if (name.Length == 0 || name.Length > MaximumGroupLength)
            {
                errors.Add($"Line {lineNumber}: the group must be between 1 and {MaximumGroupLength} characters.");
            }
            else if (HiddenCharacters.FirstLineWith(name, allowLineBreaks: false) is not null)
            {
                errors.Add($"Line {lineNumber}: the group has a hidden control character or a line break. Group names must be plain text on one line.");
                name = string.Empty;
            }

            if (prediction is null)
            {
                errors.Add($"Line {lineNumber}: predicted must be 0, 1, true or false, not \"{Shorten(cells[predicted])}\".");
            }

            if (outcome is null)
            {
                errors.Add($"Line {lineNumber}: actual must be 0, 1, true or false, not \"{Shorten(cells[actual])}\".");
            }

            if (name.Length is > 0 and <= MaximumGroupLength && !counts.ContainsKey(name) && counts.Count == GroupCounts.MostGroups)
            {
                return PredictionsCsvResult.Refused(
                    $"Line {lineNumber}: the group \"{Shorten(name)}\" would be group {GroupCounts.MostGroups + 1}. A result can have at most {GroupCounts.MostGroups} groups: combine small groups, or upload them as separate runs.");
            }

            if (prediction is { } p && outcome is { } a && name.Length is > 0 and <= MaximumGroupLength)
            {
                var c = counts.GetValueOrDefault(name);
                counts[name] = (p, a) switch
                {
                    (true, true) => c with { Tp = c.Tp + 1 },
                    (true, false) => c with { Fp = c.Fp + 1 },
                    (false, false) => c with { Tn = c.Tn + 1 },
                    (false, true) => c with { Fn = c.Fn + 1 },
                };
            }
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(ErrorsShown).ToList();
            if (errors.Count > ErrorsShown)
            {
                shown.Add($"… and {errors.Count - ErrorsShown} more problems.");
            }

            return new PredictionsCsvResult(null, shown);
        }

        return rows == 0
            ? PredictionsCsvResult.Refused("The file has a header but no cases.")
            : new PredictionsCsvResult(counts.ToDictionary(g => g.Key, g => new ConfusionCounts(g.Value.Tp, g.Value.Fp, g.Value.Tn, g.Value.Fn), StringComparer.Ordinal), []);
    }

    private static bool? Outcome(string value) => value.ToLowerInvariant() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => null,
    };

    private static List<string> Cells(CsvReader reader) => Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
