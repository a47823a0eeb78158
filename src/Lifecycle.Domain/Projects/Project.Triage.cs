using Lifecycle.Domain.Triage;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int EthicsTriageStage = 4;

    private readonly List<TriageRecord> _triages = [];

    /// <summary>Every triage completed, oldest first. The last one is in force.</summary>
    public IReadOnlyList<TriageRecord> Triages => _triages;

    public TriageRecord? LatestTriage => _triages.MaxBy(t => t.Number);

    /// <summary>Completes (or redoes) the ethics triage. Earlier results are kept; a high result makes the tool high risk.</summary>
    public TriageOutcome CompleteTriage(TriageAnswers answers, Actor actor, DateTime at)
    {
        Rules.Check(new ProjectMustNotBeStoppedRule(this));

        var before = LatestTriage is { } previous ? DescribeTriage(previous) : null;
        var record = new TriageRecord(Id, _triages.Count + 1, answers, InvolvesThirdParty, actor, at);
        _triages.Add(record);
        IsHighRisk = record.Outcome.Risk == RiskLevel.High;
        Record("TriageCompleted", $"Ethics triage {record.Number}: {record.Outcome.Risk} risk", before, DescribeTriage(record), actor, at);
        return record.Outcome;
    }

    private static string DescribeTriage(TriageRecord record) => Snapshot.Of(new
    {
        Triage = record.Number,
        Risk = record.Outcome.Risk,
        record.Outcome.DoNotProceed,
        Themes = string.Join(", ", record.Outcome.Themes.Select(t => t.Theme)),
    });
}
