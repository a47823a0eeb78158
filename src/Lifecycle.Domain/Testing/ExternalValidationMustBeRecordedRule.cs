namespace Lifecycle.Domain.Projects;

public sealed class ExternalValidationMustBeRecordedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.ExternalValidations.Count == 0;

    public string Message => "an expert outside the team has validated the tool";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "No expert outside the team has validated the tool yet: record their validation on the test results page";
}
