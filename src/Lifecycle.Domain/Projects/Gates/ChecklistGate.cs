using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Every mandatory item of the current stage that applies to the project is resolved.</summary>
public sealed class ChecklistGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) =>
        project.CurrentStage
            .ItemsApplyingTo(project.Facts)
            .Where(item => item.Mandatory)
            .Select(item => new ChecklistItemMustBeResolvedRule(project, item));
}
