namespace Lifecycle.Domain.Projects;

public sealed class BusinessCaseMustBeWrittenRule(Project project) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(project.BusinessCase?.Details.ProblemAndRationale);

    public string Message => "the business case sets out the problem and the rationale";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The business case has not been written: set out the problem and the rationale on the business case page";
}
