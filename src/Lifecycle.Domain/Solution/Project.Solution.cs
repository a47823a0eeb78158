
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int SolutionStage = 3;

    private readonly List<Dataset> _datasets = [];

    /// <summary>The kind of analytics chosen in stage 3; it decides whether predictive-only items apply.</summary>
    public AnalyticsType? AnalyticsType { get; private set; }

    public IReadOnlyList<Dataset> Datasets => _datasets;

    /// <summary>
    /// Chooses the kind of analytics (stage 3). Changing it once stage 3 is passed is a change of approach: it needs a
    /// reason, and the approvals that rested on the old type lapse through their fingerprints. Results and thresholds
    /// recorded for a predictive tool are kept whatever the type, so switching back brings them back with their history.
    /// </summary>
    public void ChooseSolution(AnalyticsType type, bool involvesThirdParty, Actor actor, DateTime at, string? reason = null)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        var changesApproach = AnalyticsTypeChangeNeedsReason(type);
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new MaturityMustBeAssessedRule(this),
            new AnalyticsTypeMustBePermittedByMaturityRule(this, type),
            .. changesApproach ? [new ReasonMustBeGivenRule(cleanReason, "why the type of analytics is changing after it was chosen")] : Array.Empty<IBusinessRule>(),
        ]);

        var before = Snapshot.Of(new { AnalyticsType = AnalyticsType?.ToString(), InvolvesThirdParty });
        var previous = AnalyticsType;
        AnalyticsType = type;
        IsPredictive = type == global::Lifecycle.Domain.Solution.AnalyticsType.Predictive;
        InvolvesThirdParty = involvesThirdParty;
        Record("SolutionChosen", $"{type} analytics", before, Snapshot.Of(new { AnalyticsType = type.ToString(), InvolvesThirdParty, Reason = cleanReason }), actor, at);
        if (previous is not null && previous != type)
        {
            RaiseScopeChangeIfLive($"The type of analytics changed from {previous} to {type}.", actor, at);
        }
    }

    /// <summary>Choosing <paramref name="type"/> now would change an approach already passed at stage 3, so it needs a reason.</summary>
    public bool AnalyticsTypeChangeNeedsReason(AnalyticsType type) =>
        AnalyticsType is { } chosen && chosen != type && CurrentStage.Number > SolutionStage;

    public Guid AddDataset(DatasetDetails details, Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SpecialCategoryDataIsPersonalDataRule(details), new DatasetFiguresMustBeInRangeRule(details)]);

        var dataset = new Dataset(Id, details, at);
        _datasets.Add(dataset);
        Record("DatasetAdded", dataset.Name, null, dataset.Details.Describe(), actor, at);
        RaiseScopeChangeIfLive($"A dataset was added: {dataset.Name}.", actor, at);
        return dataset.Id;
    }

    public void UpdateDataset(Guid datasetId, DatasetDetails details, Actor actor, DateTime at)
    {
        var dataset = _datasets.SingleOrDefault(d => d.Id == datasetId)
            ?? throw new ArgumentException("The project has no such dataset.", nameof(datasetId));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SpecialCategoryDataIsPersonalDataRule(details), new DatasetFiguresMustBeInRangeRule(details)]);

        var before = dataset.Details.Describe();
        var qualityBefore = dataset.Quality;
        dataset.Apply(details, at);
        Record("DatasetUpdated", dataset.Name, before, dataset.Details.Describe(), actor, at);
        if (dataset.Quality != qualityBefore)
        {
            RaiseScopeChangeIfLive($"The quality of {dataset.Name} was re-rated from {qualityBefore} to {dataset.Quality}.", actor, at);
        }
    }

    /// <summary>The tool will not use this dataset after all; it stays in the catalogue with the reason.</summary>
    public void StopUsingDataset(Guid datasetId, string? reason, Actor actor, DateTime at)
    {
        var dataset = _datasets.SingleOrDefault(d => d.Id == datasetId)
            ?? throw new ArgumentException("The project has no such dataset.", nameof(datasetId));
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ReasonMustBeGivenRule(cleanReason, "why the tool will not use this dataset"),
            new DatasetMustBeInUseRule(dataset),
        ]);

        dataset.Drop(cleanReason!, at);
        Record("DatasetDropped", dataset.Name, null, Snapshot.Of(new { Reason = cleanReason }), actor, at);
    }
}
