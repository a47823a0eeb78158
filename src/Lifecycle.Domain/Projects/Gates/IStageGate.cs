namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// A source of rules that must hold before a project leaves its current stage.
/// Later areas (maturity, triage, workbook, sign-offs) add gates; the project does not change.
/// </summary>
public interface IStageGate
{
    IEnumerable<IBusinessRule> RulesFor(Project project);
}
