namespace Lifecycle.Domain.Projects.Gates;

/// <summary>A project moves on only while it is active.</summary>
public sealed class ProjectStateGate : IStageGate
{
    public IEnumerable<IBusinessRule> RulesFor(Project project) =>
    [
        new ProjectMustNotBeStoppedRule(project),
        new ProjectMustNotBeOnHoldRule(project),
    ];
}
