using Lifecycle.Domain.Assessments;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<Dataset> _datasets = [];

    /// <summary>The kind of analytics chosen in stage 3; it decides whether predictive-only items apply.</summary>
    public AnalyticsType? AnalyticsType { get; private set; }

    public IReadOnlyList<Dataset> Datasets => _datasets;

    public void ChooseSolution(AnalyticsType type, bool involvesThirdParty, Actor actor, DateTime at)
    {
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new MaturityMustBeAssessedRule(this),
            new AnalyticsTypeMustBePermittedByMaturityRule(this, type),
        ]);

        var before = Snapshot.Of(new { AnalyticsType = AnalyticsType?.ToString(), InvolvesThirdParty });
        AnalyticsType = type;
        IsPredictive = type == Assessments.AnalyticsType.Predictive;
        InvolvesThirdParty = involvesThirdParty;
        Record("SolutionChosen", $"{type} analytics", before, Snapshot.Of(new { AnalyticsType = type.ToString(), InvolvesThirdParty }), actor, at);
    }

    public Guid AddDataset(DatasetDetails details, Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SpecialCategoryDataIsPersonalDataRule(details), new DatasetFiguresMustBeInRangeRule(details)]);

        var dataset = new Dataset(Id, details, at);
        _datasets.Add(dataset);
        Record("DatasetAdded", dataset.Name, null, dataset.Details.Describe(), actor, at);
        return dataset.Id;
    }

    public void UpdateDataset(Guid datasetId, DatasetDetails details, Actor actor, DateTime at)
    {
        var dataset = _datasets.SingleOrDefault(d => d.Id == datasetId)
            ?? throw new ArgumentException("The project has no such dataset.", nameof(datasetId));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SpecialCategoryDataIsPersonalDataRule(details), new DatasetFiguresMustBeInRangeRule(details)]);

        var before = dataset.Details.Describe();
        dataset.Apply(details, at);
        Record("DatasetUpdated", dataset.Name, before, dataset.Details.Describe(), actor, at);
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
