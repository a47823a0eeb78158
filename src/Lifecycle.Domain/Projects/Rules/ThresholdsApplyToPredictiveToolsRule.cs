using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class ThresholdsApplyToPredictiveToolsRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.IsPredictive;

    public string Message => "accuracy thresholds are set only for predictive tools";
}
