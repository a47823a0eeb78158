using System.Text;

namespace Lifecycle.Web.Exports.Csv;

/// <summary>
/// RFC 4180 CSV that spreadsheets open safely. A cell starting with =, +, -, @, tab or carriage
/// return could run as a formula in Excel or LibreOffice (CSV injection), so it is prefixed with
/// an apostrophe, which spreadsheets show as text. UTF-8 with a byte order mark so Excel reads
/// Welsh and other non-ASCII text correctly.
/// </summary>
public static class CsvDocument
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, headers);
        foreach (var row in rows)
        {
            AppendRow(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells) =>
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
}
