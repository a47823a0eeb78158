
namespace Lifecycle.Domain.Projects;

/// <summary>The answer to "can this project move on now?", with every reason it cannot.</summary>
public sealed record GateEvaluation(StageDefinition From, StageDefinition? To, IReadOnlyList<IBusinessRule> BrokenRules)
{
    public bool IsOpen => BrokenRules.Count == 0;
}
