namespace Lifecycle.Domain.Projects;

public sealed class ThresholdsApplyToPredictiveToolsRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.IsPredictive;

    public string Message => "accuracy thresholds are set only for predictive tools";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "This tool does not make predictions, so accuracy thresholds do not apply to it";
}
