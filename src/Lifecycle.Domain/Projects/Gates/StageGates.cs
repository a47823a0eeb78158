namespace Lifecycle.Domain.Projects.Gates;

public static class StageGates
{
    /// <summary>Every gate, checked on every advance. Each decides for itself which stages it guards.</summary>
    public static IReadOnlyList<IStageGate> All { get; } =
    [
        new ProjectStateGate(),
        new EarlierGatesGate(),
        new ChecklistGate(),
        new ExploreAssessmentGate(),
        new EthicsGate(),
        new DesignGate(),
        new DevelopmentGate(),
        new TestingGate(),
        new PreDeploymentGate(),
        new RetirementGates(),
    ];
}
