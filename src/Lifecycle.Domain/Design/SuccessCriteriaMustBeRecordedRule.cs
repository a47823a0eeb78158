namespace Lifecycle.Domain.Projects;

public sealed class SuccessCriteriaMustBeRecordedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.SuccessCriteria is null;

    public string Message => "the success criteria are recorded (what will improve, how it is measured, the baseline)";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The success criteria are not recorded: record what will improve, how it is measured and the baseline on the design page";
}
