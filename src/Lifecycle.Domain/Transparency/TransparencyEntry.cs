namespace Lifecycle.Domain.Transparency;

/// <summary>
/// The team's own text for one field of the transparency record, for a field the project's
/// other records cannot fill. The key names the field (and instance) in the record.
/// </summary>
public sealed class TransparencyEntry
{
    public const int KeyLength = 60;

    private TransparencyEntry()
    {
        Key = Value = UpdatedByName = string.Empty;
    }

    internal TransparencyEntry(Guid projectId, string key, string value, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Key = key;
        Value = value;
        UpdatedByName = actor.Name;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Key { get; private set; }

    public string Value { get; private set; }

    public string UpdatedByName { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    internal void Replace(string value, Actor actor, DateTime at)
    {
        Value = value;
        UpdatedByName = actor.Name;
        UpdatedAt = at;
    }
}
