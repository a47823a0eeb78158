namespace Lifecycle.Domain.Projects;

public sealed class AccuracyThresholdsMustBeSetRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IsPredictive && project.AccuracyThresholds is null;

    public string Message => "accuracy thresholds are set, because the tool makes predictions";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "No accuracy thresholds are set, and this tool makes predictions: set them on the design page";
}
