namespace Lifecycle.Web.Exports.Pack;

/// <summary>One piece of a section: facts, a table, a subheading or a paragraph.</summary>
public abstract record PackBlock
{
    /// <summary>The text the block shows, in order, for the content fingerprint.</summary>
    public abstract IEnumerable<string> Texts();
}
