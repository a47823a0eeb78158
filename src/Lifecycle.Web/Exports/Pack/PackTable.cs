namespace Lifecycle.Web.Exports.Pack;

/// <summary>
/// A table whose header row repeats on every printed page it spans. Widths are percentages per
/// column: fixed widths let long words and links wrap inside their column instead of widening
/// the table past the page edge.
/// </summary>
public sealed record PackTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Widths) : PackBlock
{
    public override IEnumerable<string> Texts() => Headers.Prepend(Caption).Concat(Rows.SelectMany(r => r));
}
