
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    private readonly List<KeepInUseDecision> _keepInUseDecisions = [];

    public IReadOnlyList<KeepInUseDecision> KeepInUseDecisions => _keepInUseDecisions;

    /// <summary>The rules of every gate the project has passed, each naming its stage: they hold until the tool is retired.</summary>
    public IEnumerable<EarlierGateMustStillHoldRule> StandingRules =>
        Enumerable.Range(LifecycleFramework.FirstStage, CurrentStage.Number - LifecycleFramework.FirstStage)
            .SelectMany(stage => StageGates.All.OfType<StageRulesGate>()
                .SelectMany(gate => gate.StandingRulesOf(this, stage))
                .Select(rule => new EarlierGateMustStillHoldRule(LifecycleFramework.Stage(stage), rule)));

    /// <summary>What no longer holds of the gates the project passed.</summary>
    public IReadOnlyList<EarlierGateMustStillHoldRule> BrokenStandingRules => StandingRules.Where(rule => rule.IsBroken()).ToList();

    /// <summary>For a live tool (stage 9): what no longer holds of the gates it passed, and any decision to keep it in use meanwhile.</summary>
    public LiveAttention Attention
    {
        get
        {
            if (CurrentStage.Number != MonitoringStage || IsReadOnly)
            {
                return LiveAttention.None;
            }

            var broken = BrokenStandingRules;
            var kept = broken.Count > 0 && _keepInUseDecisions.MaxBy(d => d.Number) is { } latest && latest.CoversAll(broken.Select(r => r.Message)) ? latest : null;
            return new LiveAttention(broken, kept);
        }
    }

    /// <summary>A live tool (stage 9) one of whose passed gates no longer holds.</summary>
    public bool NeedsAttention => Attention.IsNeeded;

    /// <summary>The latest decision to keep the tool in use, when it still covers everything that no longer holds.</summary>
    public KeepInUseDecision? KeptInUseDespite => Attention.KeptInUse;

    /// <summary>
    /// A senior leader who took no part in the work decides, with a reason, that the live tool stays in use while
    /// what no longer holds is put right. Until then a monitoring review cannot conclude "continue".
    /// </summary>
    public void DecideToKeepInUse(string? reason, Actor actor, DateTime at)
    {
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ProjectMustBeInStageRule(this, MonitoringStage, "a decision to keep a tool in use is made"),
            new ToolMustNeedAttentionRule(this),
            new DeciderMustBeSeniorLeaderRule(this, actor.PersonId),
            new DeciderMustHaveTakenNoPartRule(this, actor.PersonId),
            new ReasonMustBeGivenRule(cleanReason, "why the tool should stay in use meanwhile"),
        ]);

        var covers = Attention.NoLongerHolding.Select(r => r.Message).ToList();
        var decision = new KeepInUseDecision(Id, _keepInUseDecisions.Count + 1, cleanReason!, covers, actor, at);
        _keepInUseDecisions.Add(decision);
        Record("KeptInUse", $"Decision {decision.Number} to keep the tool in use", null,
            Snapshot.Of(new { Reason = cleanReason, Covers = covers }), actor, at);
    }
}
