
namespace Lifecycle.Domain.Projects;

public sealed class MaturityScoreMustBeOnScaleRule(ComponentScore score) : IBusinessRule
{
    public ComponentScore Score => score;

    public bool IsBroken() => score.Score is < MaturityScale.Lowest or > MaturityScale.Highest;

    public string Message => $"the score for ‘{score.Component.DisplayName()}’ is between {MaturityScale.Lowest} and {MaturityScale.Highest}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The score for ‘{score.Component.DisplayName()}’ must be a whole number from {MaturityScale.Lowest} to {MaturityScale.Highest}";
}
