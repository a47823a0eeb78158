namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Stage 5 needs success criteria, and accuracy thresholds for a predictive tool, before building starts.</summary>
public sealed class DesignGate : StageRulesGate
{
    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage == 5
        ? [new SuccessCriteriaMustBeRecordedRule(project), new AccuracyThresholdsMustBeSetRule(project)]
        : [];
}
