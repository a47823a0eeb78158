
namespace Lifecycle.Domain.Projects;

public sealed class MaturityMustNotBeLowRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.MaturityResult == MaturityLevel.Low;

    public string Message => "data maturity is above low: improve how data is managed, governed and used before choosing a solution";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Data maturity is low: improve how data is managed, governed and used, and assess it again, before choosing a solution";
}
