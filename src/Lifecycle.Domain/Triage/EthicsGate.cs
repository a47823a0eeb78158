
namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Leaving stage 4 (Explore to Develop) needs a completed triage that does not say "do not
/// proceed", workbook questions 1 to 5 answered, a senior leader's approval that matches the
/// business case as it is now, a DPIA under way, and an oversight group (with an independent
/// member when the tool is high risk).
/// </summary>
public sealed class EthicsGate : StageRulesGate
{
    public const int ExploreWorkbookQuestions = 5;

    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage == 4
        ?
        [
            new TriageMustBeCompleteRule(project),
            new TriageMustNotSayDoNotProceedRule(project),
            new WorkbookQuestionsMustBeAnsweredRule(project, ExploreWorkbookQuestions),
            new ApprovalMustMatchRule(project, SignOffKind.BusinessCase),
            new DpiaMustBeStartedRule(project),
            new OversightGroupMustHaveMembersRule(project),
            new IndependentOversightMemberNeededRule(project),
        ]
        : [];
}
