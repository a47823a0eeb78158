using Lifecycle.Domain.Common;
using Lifecycle.Domain.Governance;

namespace Lifecycle.Domain.Projects;

public sealed class RiskScoresMustBeOnScaleRule(RiskDetails details) : IBusinessRule
{
    public bool IsBroken() =>
        details.Likelihood is < RiskDetails.Lowest or > RiskDetails.Highest || details.Impact is < RiskDetails.Lowest or > RiskDetails.Highest;

    public string Message => "likelihood and impact are each scored from 1 to 5";
}
