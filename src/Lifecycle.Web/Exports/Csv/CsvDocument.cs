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

    private static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        WriteAsync(buffer, headers, rows, CancellationToken.None).GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    /// <summary>Writes row by row to the stream (a response body), so a long export is never held whole in memory.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8WithMark, bufferSize: 16 * 1024, leaveOpen: true);
        await WriteRowAsync(writer, headers, cancellationToken);
        foreach (var row in rows)
        {
            await WriteRowAsync(writer, row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
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

    private static async Task WriteRowAsync(StreamWriter writer, IEnumerable<string?> cells, CancellationToken cancellationToken) =>
        await writer.WriteAsync((string.Join(',', cells.Select(Cell)) + "\r\n").AsMemory(), cancellationToken);
}
