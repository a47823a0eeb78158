using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class SuccessCriteriaMustBeRecordedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.SuccessCriteria is null;

    public string Message => "the success criteria are recorded (what will improve, how it is measured, the baseline)";
}
