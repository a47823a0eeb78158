using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Assessments;

/// <summary>What the team records about one dataset the tool would use.</summary>
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
    string? QualityNotes)
{
    internal string Describe() => Snapshot.Of(this);
}
