namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// A gate made of one stage's rules. Leaving that stage needs them; once the project has left it, the
/// rules it names as standing keep holding until the tool is retired (the gate is an invariant, not a
/// checkpoint), and every later gate checks them again through <see cref="EarlierGatesGate"/>.
/// </summary>
public abstract class StageRulesGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) => RulesOf(project, project.CurrentStage.Number);

    /// <summary>The rules that keep holding after the project has left <paramref name="stage"/>: by default, all of them.</summary>
    public virtual IEnumerable<IBusinessRule> StandingRulesOf(Project project, int stage) => RulesOf(project, stage);

    /// <summary>The rules for leaving <paramref name="stage"/>; none when this gate does not guard it.</summary>
    protected abstract IEnumerable<IBusinessRule> RulesOf(Project project, int stage);
}
