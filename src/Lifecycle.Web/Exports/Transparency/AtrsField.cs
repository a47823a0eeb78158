namespace Lifecycle.Web.Exports.Transparency;

/// <summary>
/// One field of an algorithmic transparency record: its ATRS v3.0 reference and attribute name,
/// the heading it sits under in the v4.0 template, and the value the project supplies (null when it holds none).
/// </summary>
public sealed record AtrsField(string Reference, string Attribute, string Label, AtrsGroup Group, string V4Section, string? Value)
{
    public bool IsMissing => !IsNotDueYet && string.IsNullOrWhiteSpace(Value);

    /// <summary>A field that cannot have a value yet (the archive date of a tool still in use) and so is not missing.</summary>
    public bool IsNotDueYet { get; init; }

    /// <summary>True when the value is the team's own text, typed because nothing else in the project could fill it.</summary>
    public bool IsTeamText { get; init; }

    /// <summary>Names the field (and, for repeating parts, which one) for the team's own text.</summary>
    public string Key => Group.Instance is { } instance ? $"{Attribute}-{instance}" : Attribute;
}
