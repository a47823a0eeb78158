using System.Text.Json;

namespace Lifecycle.Domain.Transparency;

/// <summary>One field of a published record, as it stood when it was published.</summary>
public sealed record PublishedField(string Reference, string Attribute, string Label, string GroupKey, string GroupTitle, int? GroupInstance, string V4Section, string? Value);

/// <summary>
/// What the public sees of a tool: a copy of its transparency record made when a project manager published it, and
/// nothing else of the project. Later changes to the project reach the public only when the record is published again.
/// </summary>
public sealed record PublishedTransparency(DateOnly LastReviewedOn, IReadOnlyList<PublishedField> Fields)
{
    public static PublishedTransparency From(TransparencyRecord record, DateOnly lastReviewedOn) => new(lastReviewedOn,
        record.Fields.Select(f => new PublishedField(f.Reference, f.Attribute, f.Label, f.Group.Key, f.Group.Title, f.Group.Instance, f.V4Section, f.Value)).ToList());

    /// <summary>The first value given for an attribute (a repeating part's first instance), or null.</summary>
    public string? ValueOf(string attribute) => Fields.FirstOrDefault(f => f.Attribute == attribute && !string.IsNullOrWhiteSpace(f.Value))?.Value;

    /// <summary>The copy as the transparency record it was made from, for the ATRS JSON download.</summary>
    public TransparencyRecord AsRecord(string projectName) =>
        new(projectName, Fields.Select(f => new AtrsField(f.Reference, f.Attribute, f.Label, new AtrsGroup(f.GroupKey, f.GroupTitle, f.GroupInstance), f.V4Section, f.Value)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PublishedTransparency FromJson(string json) =>
        JsonSerializer.Deserialize<PublishedTransparency>(json) ?? throw new InvalidOperationException("A published transparency record could not be read.");
}
