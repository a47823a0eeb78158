
namespace Lifecycle.Domain.Projects;

/// <summary>Beta testing with users comes after the tool has been tried on historic data (stage 7).</summary>
public sealed class BetaMustFollowAlphaRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.TestRuns.Any(r => r.Kind == TestRunKind.Alpha && !r.IsWithdrawn);

    public string Message => "an alpha test run on historic data is recorded before a beta run";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "There is no alpha test run yet: test the tool on historic data first, then record the beta run";
}
