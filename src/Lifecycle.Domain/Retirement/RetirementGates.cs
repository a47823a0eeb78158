
namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Stage 9 ends only with a senior leader's approved retirement decision; stage 10 ends, and the
/// project is retired, once the transparency record's archiving is dated and the Implement
/// workbook answers have been looked at again.
/// </summary>
public sealed class RetirementGates : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) => project.CurrentStage.Number switch
    {
        Project.MonitoringStage => [new ApprovalMustMatchRule(project, SignOffKind.Retirement)],
        Project.RetirementStage => [new TransparencyRecordMustBeArchivedRule(project), new ImplementAnswersMustBeReviewedRule(project)],
        _ => [],
    };
}
