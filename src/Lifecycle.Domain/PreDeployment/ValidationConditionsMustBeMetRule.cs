namespace Lifecycle.Domain.Projects;

/// <summary>Every condition the external validator set on going live is recorded as met.</summary>
public sealed class ValidationConditionsMustBeMetRule(Project project) : IBusinessRule
{
    public IReadOnlyList<int> Open => project.LatestValidation?.Conditions.Where(c => !c.IsMet).Select(c => c.Number).ToList() ?? [];

    public bool IsBroken() => Open.Count > 0;

    public string Message => $"every condition the external validator set is recorded as met (still open: {string.Join(", ", Open)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Conditions the external validator set are still open ({string.Join(", ", Open)}): record how each was met on the test results page";
}
