
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>Every reason the project cannot leave its current stage now. Changes nothing.</summary>
    public GateEvaluation EvaluateGate()
    {
        var from = CurrentStage;
        var broken = StageGates.All
            .SelectMany(gate => gate.RulesFor(this))
            .Where(rule => rule.IsBroken())
            .ToList();
        return new GateEvaluation(from, LifecycleFramework.FindStage(from.Number + 1), broken);
    }

    /// <summary>
    /// Moves to the next stage (from the last stage, retires the project), or refuses with every
    /// broken gate rule and changes nothing.
    /// </summary>
    public void AdvanceStage(Actor actor, DateTime at)
    {
        var gate = EvaluateGate();
        if (!gate.IsOpen)
        {
            throw new BusinessRuleViolationException(gate.BrokenRules);
        }

        if (gate.To is not { } next)
        {
            Retire(actor, at);
            return;
        }

        CurrentStageProgress.Complete(actor, at);
        _stages.Add(new StageProgress(Id, next.Number, actor, at));
        Record("StageAdvanced", next.NumberedTitle,
            Snapshot.Of(new { Stage = gate.From.Number }), Snapshot.Of(new { Stage = next.Number }), actor, at);
    }
}
