
namespace Lifecycle.Domain.Projects;

public sealed class RiskScoresMustBeOnScaleRule(RiskDetails details) : IBusinessRule
{
    public bool IsBroken() =>
        details.Likelihood is < RiskDetails.Lowest or > RiskDetails.Highest || details.Impact is < RiskDetails.Lowest or > RiskDetails.Highest;

    public string Message => "likelihood and impact are each scored from 1 to 5";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Score likelihood and impact each from 1 to 5";
}
