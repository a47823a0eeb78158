namespace Lifecycle.Web.Exports.Pack;

/// <summary>
/// The oversight pack as plain content, ready for the HTML template and for fingerprinting: the cover, the
/// at-a-glance page straight after it, then the numbered sections.
/// </summary>
public sealed record PackDocument(PackCover Cover, PackSection AtAGlance, IReadOnlyList<PackSection> Sections);
