namespace Lifecycle.Domain.Projects.Gates;

/// <summary>
/// Every mandatory item of the current stage that applies to the project is resolved, and so is every
/// item of an earlier stage that has come to apply since that stage was passed.
/// </summary>
public sealed class ChecklistGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) =>
        project.CurrentStage
            .ItemsApplyingTo(project.Facts)
            .Where(item => item.HoldsTheGate)
            .Select(item => (IBusinessRule)new ChecklistItemMustBeResolvedRule(project, item))
            .Concat(project.CarriedOverItems.Select(item => new EarlierItemMustBeResolvedRule(project, item)));
}
