
namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Going live (leaving stage 8) needs workbook questions 1 to 11 answered, a complete deployment
/// plan (an independent evaluator for a high-risk tool), a confirmed transparency record and a
/// senior leader's go-live approval that still matches the plan and thresholds. Once the tool is
/// live, what the approval covered keeps moving (risks, plan changes approved on their own), so the
/// approval itself is not checked again: what stands is the rest of the stage's rules.
/// </summary>
public sealed class PreDeploymentGate : StageRulesGate
{
    public const int DevelopWorkbookQuestions = 11;

    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage == Project.PreDeploymentStage
        ?
        [
            new WorkbookQuestionsMustBeAnsweredRule(project, DevelopWorkbookQuestions),
            new PartsMustBeFilledRule("the deployment plan", (project.DeploymentPlan ?? new(null, null, null, null, null, false, null)).Parts),
            new IndependentEvaluatorNeededRule(project),
            new TransparencyRecordMustBeConfirmedRule(project),
            new ValidationConditionsMustBeMetRule(project),
            new DpiaMustBeCompleteRule(project),
            new HighRiskAssessmentsMustBeRecordedRule(project),
            new ApprovalMustMatchRule(project, SignOffKind.GoLive),
        ]
        : [];

    public override IEnumerable<IBusinessRule> StandingRulesOf(Project project, int stage) =>
        RulesOf(project, stage).Where(rule => rule is not ApprovalMustMatchRule);
}
