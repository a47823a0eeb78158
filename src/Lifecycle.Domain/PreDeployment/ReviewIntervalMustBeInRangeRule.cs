
namespace Lifecycle.Domain.Projects;

public sealed class ReviewIntervalMustBeInRangeRule(int? months) : IBusinessRule
{
    public bool IsBroken() => months is < DeploymentPlan.ShortestInterval or > DeploymentPlan.LongestInterval;

    public string Message => $"the review interval is between {DeploymentPlan.ShortestInterval} and {DeploymentPlan.LongestInterval} months";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Enter the review interval as a whole number of months from {DeploymentPlan.ShortestInterval} to {DeploymentPlan.LongestInterval}";
}
