using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

public sealed class TestRunMustBeRecordedRule(Project project, TestRunKind kind) : IBusinessRule
{
    public TestRunKind Kind => kind;

    public bool IsBroken() => project.TestRuns.All(r => r.Kind != kind || r.IsWithdrawn);

    public string Message => kind switch
    {
        TestRunKind.Alpha => "an alpha test run (on historic data) is recorded",
        TestRunKind.Beta => "a beta test run (in a live sandbox) is recorded",
    };
}
