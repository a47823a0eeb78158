namespace Lifecycle.Web.Exports.Pack;

/// <summary>A subheading within a section (it also appears in the PDF outline).</summary>
public sealed record PackHeading(string Text) : PackBlock
{
    public override IEnumerable<string> Texts() => [Text];
}
