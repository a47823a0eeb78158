namespace Lifecycle.Domain.Transparency;

/// <summary>
/// One field of an algorithmic transparency record: its ATRS v3.0 reference and attribute name,
/// the heading it sits under in the v4.0 template, and the value the project supplies (null when it holds none).
/// </summary>
public sealed record AtrsField(string Reference, string Attribute, string Label, AtrsGroup Group, string V4Section, string? Value)
{
    public bool IsMissing => !IsNotDueYet && string.IsNullOrWhiteSpace(Value);

    /// <summary>A field that cannot have a value yet (the completion date before the record is confirmed, the archive date of a tool still in use) and so is not missing.</summary>
    public bool IsNotDueYet { get; init; }

    /// <summary>True when the value is the team's own text, which stands in for whatever the project's records would give.</summary>
    public bool IsTeamText { get; init; }

    /// <summary>What the project's records give for this field (null when they give nothing); offered to the team, never imposed.</summary>
    public string? DerivedValue { get; init; }

    /// <summary>A fact about the record itself (its standard, dates, phase) that the team does not write.</summary>
    public bool IsRecordedFact { get; init; }

    public bool IsEditable => !IsRecordedFact && !IsNotDueYet;

    /// <summary>Names the field (and, for repeating parts, which one) for the team's own text.</summary>
    public string Key => Group.Instance is { } instance ? $"{Attribute}-{instance}" : Attribute;
}
