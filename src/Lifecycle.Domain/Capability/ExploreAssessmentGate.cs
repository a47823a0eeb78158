namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Stage 2 needs a data maturity result that is not low; stage 3 needs an analytics type the
/// maturity permits, at least one dataset whose quality has been assessed, and no dataset rated
/// poor that is still used without a plan for its gaps.
/// </summary>
public sealed class ExploreAssessmentGate : StageRulesGate
{
    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage switch
    {
        2 => [new MaturityMustBeAssessedRule(project), new MaturityMustNotBeLowRule(project)],
        3 =>
        [
            new AnalyticsTypeMustBeChosenRule(project),
            new AnalyticsTypeMustBePermittedByMaturityRule(project, project.AnalyticsType),
            new DatasetQualityMustBeAssessedRule(project),
            new PoorQualityDataMustBeAddressedRule(project),
        ],
        _ => [],
    };
}
