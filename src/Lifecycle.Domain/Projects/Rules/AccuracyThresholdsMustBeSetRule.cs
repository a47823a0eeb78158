using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class AccuracyThresholdsMustBeSetRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.IsPredictive && project.AccuracyThresholds is null;

    public string Message => "accuracy thresholds are set, because the tool makes predictions";
}
