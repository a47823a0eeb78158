namespace Lifecycle.Web.Exports.Pack;

/// <summary>Running text; line breaks the author typed are kept.</summary>
public sealed record PackParagraph(string Text) : PackBlock
{
    public override IEnumerable<string> Texts() => [Text];
}
