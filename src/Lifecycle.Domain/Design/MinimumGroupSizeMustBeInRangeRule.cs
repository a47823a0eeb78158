
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Below about five cases a group's figures can identify children; above about fifty, whole groups
/// would escape judgement. The minimum group size stays within that range.
/// </summary>
public sealed class MinimumGroupSizeMustBeInRangeRule(AccuracyThresholds thresholds) : IBusinessRule
{
    public const int Smallest = 5;
    public const int Largest = 50;

    public bool IsBroken() => thresholds.MinimumGroupSize is < Smallest or > Largest;

    public string Message => $"the minimum group size is between {Smallest} and {Largest} cases (it is {thresholds.MinimumGroupSize})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The minimum group size is {thresholds.MinimumGroupSize}: choose a number from {Smallest} to {Largest} cases";
}
