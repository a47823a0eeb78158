
namespace Lifecycle.Domain.Projects;

public sealed class CostsMustNotBeNegativeRule(BusinessCaseDetails details) : IBusinessRule
{
    public bool IsBroken() =>
        new[] { details.BuildCost, details.RunningCost, details.EngagementCost, details.TrainingCost, details.InfrastructureCost }.Any(c => c < 0);

    public string Message => "every cost is zero or more";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "A cost is less than zero: enter each cost as zero or more";
}
