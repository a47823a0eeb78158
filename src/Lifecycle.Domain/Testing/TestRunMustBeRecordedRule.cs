
namespace Lifecycle.Domain.Projects;

public sealed class TestRunMustBeRecordedRule(Project project, TestRunKind kind) : IBusinessRule
{
    public TestRunKind Kind => kind;

    public bool IsBroken() => project.TestRuns.All(r => r.Kind != kind || r.IsWithdrawn);

    public string Message => kind switch
    {
        TestRunKind.Alpha => "an alpha test run (on historic data) is recorded",
        TestRunKind.Beta => "a beta test run (with users, before the tool affects the public) is recorded",
    };

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => kind switch
    {
        TestRunKind.Alpha => "No alpha test run (on historic data) is recorded: record one on the test results page",
        TestRunKind.Beta => "No beta test run (with users, before the tool affects the public) is recorded: record one on the test results page",
    };
}
