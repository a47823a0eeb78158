namespace Lifecycle.Domain.Projects;

public sealed class MaturityMustBeAssessedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.MaturityResult is null;

    public string Message => "the data maturity self-assessment is complete";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The data maturity self-assessment is not complete: finish it first";
}
