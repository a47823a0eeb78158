
namespace Lifecycle.Domain.Projects;

public sealed class ConditionMustBeOpenRule(ValidationCondition condition) : IBusinessRule
{
    public bool IsBroken() => condition.IsMet;

    public string Message => $"condition {condition.Number} is already recorded as met: nothing more to do";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
