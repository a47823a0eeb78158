
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public const int EthicsTriageStage = 4;

    private readonly List<TriageRecord> _triages = [];

    /// <summary>Every triage completed, oldest first.</summary>
    public IReadOnlyList<TriageRecord> Triages => _triages;

    /// <summary>
    /// The triage in force: the latest, except that a triage redone after stage 4 which lowers the risk or removes a
    /// red line counts only once a senior leader who did not redo it approves it. Until then the stricter one stands.
    /// </summary>
    public TriageRecord? LatestTriage => TriageHistory().InForce;

    /// <summary>A redone triage that would loosen the one in force and has not been approved (waiting, or rejected).</summary>
    public TriageRecord? ProposedTriage => TriageHistory() is { Loosening: { } loosening, InForce: var inForce } && loosening != inForce ? loosening : null;

    /// <summary>
    /// Completes (or redoes) the ethics triage. Earlier results are kept; a high result makes the tool high risk at
    /// once. After stage 4, a result that lowers the risk or removes a red line waits for a senior leader's approval.
    /// </summary>
    public TriageOutcome CompleteTriage(TriageAnswers answers, Actor actor, DateTime at)
    {
        Rules.Check(new ProjectMustNotBeStoppedRule(this));

        var previousOutcome = LatestTriage?.Outcome;
        var before = LatestTriage is { } previous ? DescribeTriage(previous) : null;
        var record = new TriageRecord(Id, _triages.Count + 1, answers, InvolvesThirdParty, actor, at);
        _triages.Add(record);
        Record("TriageCompleted", $"Ethics triage {record.Number}: {record.Outcome.Risk} risk", before, DescribeTriage(record), actor, at);
        if (ProposedTriage == record)
        {
            OpenRequest(SignOffKind.TriageChange, actor, at);
            return record.Outcome;
        }

        ApplyTriageInForce();
        if (previousOutcome is { } was && (was.Risk != record.Outcome.Risk || was.DoNotProceed != record.Outcome.DoNotProceed))
        {
            RaiseScopeChangeIfLive($"The ethics triage's result changed from {was.Risk} risk to {record.Outcome.Risk} risk{(record.Outcome.DoNotProceed ? ", do not proceed" : "")}.", actor, at);
        }

        return record.Outcome;
    }

    private void ApplyTriageInForce() => IsHighRisk = LatestTriage?.Outcome.Risk == RiskLevel.High;

    /// <summary>
    /// Walks the triages in order: each takes effect unless it loosens the one in force after stage 4 was passed
    /// and no senior leader has approved it. Also says which was the latest loosening, and what it would replace.
    /// </summary>
    private (TriageRecord? InForce, TriageRecord? Loosening, TriageRecord? Replacing) TriageHistory()
    {
        TriageRecord? inForce = null, loosening = null, replacing = null;
        foreach (var triage in _triages.OrderBy(t => t.Number))
        {
            if (inForce is not null && Loosens(inForce, triage) && PassedEthicsGateBefore(triage.CompletedAt))
            {
                (loosening, replacing) = (triage, inForce);
                if (!LooseningApproved(triage))
                {
                    continue;
                }
            }

            inForce = triage;
        }

        return (inForce, loosening, replacing);
    }

    private static bool Loosens(TriageRecord inForce, TriageRecord redone) =>
        redone.Outcome.Risk < inForce.Outcome.Risk
        || (inForce.Outcome.DoNotProceed && !redone.Outcome.DoNotProceed)
        || (inForce.Answers.ActsWithoutProfessional && !redone.Answers.ActsWithoutProfessional)
        || (inForce.Answers.LittleRoomForProfessionalJudgement && !redone.Answers.LittleRoomForProfessionalJudgement);

    private bool PassedEthicsGateBefore(DateTime at) =>
        _stages.Any(s => s.StageNumber == EthicsTriageStage && s.CompletedAt is { } passed && passed <= at);

    /// <summary>A triage-change request covers the triage completed when it was made (the app submits it the same moment).</summary>
    private bool LooseningApproved(TriageRecord triage) =>
        _signOffs.Any(s => s.Kind == SignOffKind.TriageChange && s.Decision == Decision.Approved
            && _triages.Where(t => t.CompletedAt <= _signOffRequests.Single(r => r.Id == s.RequestId).RequestedAt).MaxBy(t => t.Number) == triage);

    private static string DescribeTriage(TriageRecord record) => Snapshot.Of(new
    {
        Triage = record.Number,
        Risk = record.Outcome.Risk,
        record.Outcome.DoNotProceed,
        Themes = string.Join(", ", record.Outcome.Themes.Select(t => t.Theme)),
    });
}
