namespace Lifecycle.Domain.Solution;

/// <summary>A dataset in the project's catalogue (stage 3).</summary>
public sealed class Dataset
{
    private Dataset()
    {
        Name = string.Empty;
    }

    internal Dataset(Guid projectId, DatasetDetails details, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        CreatedAt = at;
        Name = string.Empty;
        Apply(details, at);
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    public string? Owner { get; private set; }

    public string? Source { get; private set; }

    public long? RowCount { get; private set; }

    public decimal? MissingPercent { get; private set; }

    public string? ConsistencyNotes { get; private set; }

    public bool ContainsPersonalData { get; private set; }

    public bool ContainsSpecialCategoryData { get; private set; }

    public string? DemographicFields { get; private set; }

    public DataQuality Quality { get; private set; }

    public string? QualityNotes { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DatasetDetails Details => new(Name, Owner, Source, RowCount, MissingPercent, ConsistencyNotes,
        ContainsPersonalData, ContainsSpecialCategoryData, DemographicFields, Quality, QualityNotes, PoorQualityMitigation);

    public string? PoorQualityMitigation { get; private set; }

    /// <summary>When the team decided the tool will not use this dataset; it stays in the catalogue as a record.</summary>
    public DateTime? DroppedAt { get; private set; }

    public string? DropReason { get; private set; }

    public bool IsInUse => DroppedAt is null;

    /// <summary>Rated poor, still in use, and nobody has said how the poor quality will be handled.</summary>
    public bool HasUnaddressedPoorQuality => IsInUse && Quality == DataQuality.Poor && PoorQualityMitigation is null;

    internal void Drop(string reason, DateTime at)
    {
        DroppedAt = at;
        DropReason = reason;
        UpdatedAt = at;
    }

    internal void Apply(DatasetDetails details, DateTime at)
    {
        Name = DomainText.Required(details.Name, TextLimits.Name, "Dataset name");
        Owner = DomainText.Optional(details.Owner, TextLimits.Name, "Owner");
        Source = DomainText.Optional(details.Source, TextLimits.ShortText, "Source");
        RowCount = details.RowCount;
        MissingPercent = details.MissingPercent;
        ConsistencyNotes = DomainText.Optional(details.ConsistencyNotes, TextLimits.LongText, "Consistency notes");
        ContainsPersonalData = details.ContainsPersonalData;
        ContainsSpecialCategoryData = details.ContainsSpecialCategoryData;
        DemographicFields = DomainText.Optional(details.DemographicFields, TextLimits.ShortText, "Demographic fields");
        Quality = details.Quality;
        QualityNotes = DomainText.Optional(details.QualityNotes, TextLimits.LongText, "Quality audit notes");
        PoorQualityMitigation = DomainText.Optional(details.PoorQualityMitigation, TextLimits.LongText, "How poor quality will be handled");
        UpdatedAt = at;
    }
}
