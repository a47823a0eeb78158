namespace Lifecycle.Domain.Projects;

public sealed class ReasonMustBeGivenRule(string? reason, string whatFor) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => $"a reason is given explaining {whatFor}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Give a reason explaining {whatFor}";
}
