namespace Lifecycle.Domain.Delivery.Transparency;

/// <summary>A pre-filled transparency record and what it still lacks.</summary>
public sealed record TransparencyRecord(string ProjectName, IReadOnlyList<AtrsField> Fields)
{
    public IReadOnlyList<AtrsField> Missing => Fields.Where(f => f.IsMissing).ToList();
}
