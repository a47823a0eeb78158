namespace Lifecycle.Web.Exports.Pack;

/// <summary>Label and value pairs, shown as a summary list.</summary>
public sealed record PackFacts(IReadOnlyList<PackFact> Facts) : PackBlock
{
    public override IEnumerable<string> Texts() => Facts.SelectMany(f => new[] { f.Label, f.Value });
}
