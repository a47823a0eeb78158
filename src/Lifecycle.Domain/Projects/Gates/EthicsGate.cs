using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Leaving stage 4 (Explore to Develop) needs a completed triage that does not say "do not proceed".</summary>
public sealed class EthicsGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) => project.CurrentStage.Number == 4
        ? [new TriageMustBeCompleteRule(project), new TriageMustNotSayDoNotProceedRule(project)]
        : [];
}
