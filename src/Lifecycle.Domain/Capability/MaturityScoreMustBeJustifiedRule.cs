
namespace Lifecycle.Domain.Projects;

public sealed class MaturityScoreMustBeJustifiedRule(ComponentScore score) : IBusinessRule
{
    public ComponentScore Score => score;

    public bool IsBroken() => string.IsNullOrWhiteSpace(score.Justification);

    public string Message => $"the score for ‘{score.Component.DisplayName()}’ says why it was given";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Say why the score for ‘{score.Component.DisplayName()}’ was given";
}
