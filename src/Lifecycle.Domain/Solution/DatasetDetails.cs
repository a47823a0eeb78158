namespace Lifecycle.Domain.Solution;

/// <summary>
/// What the team records about one dataset the tool would use. A dataset rated poor that stays in
/// use needs <paramref name="PoorQualityMitigation"/>: how the team will live with its gaps.
/// </summary>
public sealed record DatasetDetails(
    string Name,
    string? Owner,
    string? Source,
    long? RowCount,
    decimal? MissingPercent,
    string? ConsistencyNotes,
    bool ContainsPersonalData,
    bool ContainsSpecialCategoryData,
    string? DemographicFields,
    DataQuality Quality,
    string? QualityNotes,
    string? PoorQualityMitigation = null)
{
    internal string Describe() => Snapshot.Of(this);
}
