using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Leaving stage 4 (Explore to Develop) needs a completed triage that does not say "do not
/// proceed", workbook questions 1 to 5 answered, and a senior leader's approval that matches the business case as it is now.
/// </summary>
public sealed class EthicsGate : IStageGate
{
    public const int ExploreWorkbookQuestions = 5;

    public IEnumerable<IBusinessRule> RulesFor(Project project) => project.CurrentStage.Number == 4
        ?
        [
            new TriageMustBeCompleteRule(project),
            new TriageMustNotSayDoNotProceedRule(project),
            new WorkbookQuestionsMustBeAnsweredRule(project, ExploreWorkbookQuestions),
            new BusinessCaseApprovalMustMatchRule(project),
        ]
        : [];
}
