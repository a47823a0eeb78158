namespace Lifecycle.Web.Exports.Transparency;

/// <summary>
/// One field of an algorithmic transparency record: its ATRS v3.0 reference and attribute name,
/// the heading it sits under in the v4.0 template, and the value the project supplies (null when it holds none).
/// </summary>
public sealed record AtrsField(string Reference, string Attribute, string Label, AtrsGroup Group, string V4Section, string? Value)
{
    public bool IsMissing => string.IsNullOrWhiteSpace(Value);
}
