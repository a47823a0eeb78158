namespace Lifecycle.Web.Exports.Pack;

/// <summary>The oversight pack as plain content, ready for the HTML template and for fingerprinting.</summary>
public sealed record PackDocument(PackCover Cover, IReadOnlyList<PackSection> Sections);
