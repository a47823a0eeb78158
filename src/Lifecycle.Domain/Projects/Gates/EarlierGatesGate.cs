namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Every stage gate the project has passed still holds: its rules (not its ticks) are checked again before
/// each later gate, and a broken one names the earlier stage. Leaving deployment and monitoring for retirement
/// is the exception: retiring is how a tool that no longer holds is put right, so it is never held back; a live
/// tool shows what no longer holds as "needs attention" instead (<see cref="Project.NeedsAttention"/>).
/// </summary>
public sealed class EarlierGatesGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) =>
        project.CurrentStage.Number < Project.MonitoringStage ? project.StandingRules : [];
}
