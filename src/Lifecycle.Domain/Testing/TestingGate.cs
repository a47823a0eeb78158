
namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Stage 7 needs an alpha and a beta run, the latest meeting every threshold (predictive tools) that were not loosened after a failure without approval, and external validation that supports going live.</summary>
public sealed class TestingGate : StageRulesGate
{
    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage == Project.TestingStage
        ?
        [
            new TestRunMustBeRecordedRule(project, TestRunKind.Alpha),
            new TestRunMustBeRecordedRule(project, TestRunKind.Beta),
            new LatestRunMustMeetThresholdsRule(project),
            new LoosenedThresholdsMustBeApprovedRule(project),
            new ExternalValidationMustBeRecordedRule(project),
            new ValidationMustSupportGoingLiveRule(project),
        ]
        : [];
}
