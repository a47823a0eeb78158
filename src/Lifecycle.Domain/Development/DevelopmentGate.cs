namespace Lifecycle.Domain.Projects.Gates;

/// <summary>Stage 6 needs its safeguards written down: privacy and security, explanation, challenge and feedback.</summary>
public sealed class DevelopmentGate : StageRulesGate
{
    protected override IEnumerable<IBusinessRule> RulesOf(Project project, int stage) => stage == Project.DevelopmentStage
        ? [new PartsMustBeFilledRule("the development safeguards record", (project.DevelopmentSafeguards ?? new(null, null, null, null)).Parts)]
        : [];
}
