using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Going live (leaving stage 8) needs workbook questions 1 to 11 answered, a complete deployment
/// plan (an independent evaluator for a high-risk tool), a confirmed transparency record and a
/// senior leader's go-live approval that still matches the plan and thresholds.
/// </summary>
public sealed class PreDeploymentGate : IStageGate
{
    public const int DevelopWorkbookQuestions = 11;

    public IEnumerable<IBusinessRule> RulesFor(Project project) => project.CurrentStage.Number == Project.PreDeploymentStage
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
}
