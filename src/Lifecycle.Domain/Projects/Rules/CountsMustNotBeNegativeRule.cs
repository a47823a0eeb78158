
namespace Lifecycle.Domain.Projects;

public sealed class CountsMustNotBeNegativeRule(IReadOnlyList<GroupCounts> groups) : IBusinessRule
{
    public bool IsBroken() => groups.Any(g => Math.Min(Math.Min(g.TruePositives, g.FalsePositives), Math.Min(g.TrueNegatives, g.FalseNegatives)) < 0);

    public string Message => "every count is zero or more";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "A count is less than zero: enter each count as 0 or more";
}
