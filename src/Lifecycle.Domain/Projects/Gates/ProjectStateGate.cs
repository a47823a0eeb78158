using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects.Gates;

/// <summary>A project moves on only while it is active and has a stage to move to.</summary>
public sealed class ProjectStateGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) =>
    [
        new ProjectMustNotBeStoppedRule(project),
        new ProjectMustNotBeOnHoldRule(project),
        new StageMustNotBeLastRule(project.CurrentStage),
    ];
}
