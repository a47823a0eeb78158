namespace Lifecycle.Domain.Transparency;

/// <summary>A pre-filled transparency record and what it still lacks.</summary>
public sealed record TransparencyRecord(string ProjectName, IReadOnlyList<AtrsField> Fields)
{
    public IReadOnlyList<AtrsField> Missing => Fields.Where(f => f.IsMissing).ToList();

    /// <summary>Fields where the team's own text stands in for something different that the records give: a reader sees both.</summary>
    public IReadOnlyList<AtrsField> Divergences => Fields
        .Where(f => f.IsTeamText && f.DerivedValue is { } derived && !string.Equals(derived.Trim(), f.Value?.Trim(), StringComparison.Ordinal))
        .ToList();
}
