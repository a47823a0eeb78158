using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Lifecycle.Infrastructure.Pdf;

/// <summary>
/// An incremental update: objects added or replaced are appended after the PDF as it was, with a cross-reference section
/// for them that points back to the original one. Nothing already written is touched, so the tagging survives whole.
/// </summary>
internal sealed class PdfUpdate(PdfDocument document)
{
    private readonly Dictionary<IndirectReference, byte[]> _objects = [];

    private long _nextNumber = document.Structure.Trailer.Size;

    public bool IsEmpty => _objects.Count == 0;

    public void Replace(IndirectReference reference, DictionaryToken dictionary)
    {
        using var body = new MemoryStream();
        new TokenWriter().WriteToken(dictionary, body);
        _objects[reference] = body.ToArray();
    }

    public IndirectReference AddStream(string dictionary, byte[] data)
    {
        var reference = new IndirectReference(_nextNumber++, 0);
        _objects[reference] = [.. Ascii(Invariant($"{dictionary.TrimEnd('>').TrimEnd()} /Length {data.Length} >>\nstream\n")), .. data, .. Ascii("\nendstream")];
        return reference;
    }

    public byte[] AppendTo(byte[] pdf)
    {
        var trailer = document.Structure.Trailer;
        using var output = new MemoryStream();
        output.Write(pdf);
        var offsets = new SortedDictionary<long, (IndirectReference Reference, long Offset)>();
        foreach (var (reference, body) in _objects)
        {
            output.Write(Ascii("\n"));
            offsets[reference.ObjectNumber] = (reference, output.Position);
            output.Write(Ascii(Invariant($"{reference.ObjectNumber} {reference.Generation} obj\n")));
            output.Write(body);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        output.Write(Ascii("xref\n"));
        foreach (var (reference, offset) in offsets.Values)
        {
            output.Write(Ascii(Invariant($"{reference.ObjectNumber} 1\n{offset:D10} {reference.Generation:D5} n\r\n")));
        }

        var info = trailer.Info is IndirectReferenceToken { Data: var i } ? $" /Info {i.ObjectNumber} {i.Generation} R" : string.Empty;
        output.Write(Ascii(Invariant($"trailer\n<< /Size {_nextNumber} /Root {trailer.Root.ObjectNumber} {trailer.Root.Generation} R{info} /Prev {document.Structure.XrefOffset} >>\nstartxref\n{xref}\n%%EOF\n")));
        return output.ToArray();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
