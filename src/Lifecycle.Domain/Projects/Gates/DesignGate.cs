namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Stage 5 needs success criteria, and accuracy thresholds for a predictive tool, before building starts.</summary>
public sealed class DesignGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) => project.CurrentStage.Number == 5
        ? [new SuccessCriteriaMustBeRecordedRule(project), new AccuracyThresholdsMustBeSetRule(project)]
        : [];
}
