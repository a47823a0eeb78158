
namespace Lifecycle.Domain.Projects;

public sealed class EveryMaturityComponentMustBeScoredRule(IReadOnlyList<ComponentScore> scores) : IBusinessRule
{
    public bool IsBroken() =>
        !Enum.GetValues<MaturityComponent>().All(c => scores.Count(s => s.Component == c) == 1) || scores.Count != Enum.GetValues<MaturityComponent>().Length;

    public string Message => "each of the five parts of data maturity is scored once";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Score each of the five parts of data maturity once";
}
