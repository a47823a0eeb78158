using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class LatestRunMustMeetThresholdsRule(Project project) : IBusinessRule
{
    public bool IsBroken() =>
        project.IsPredictive && project.LatestTestRun?.Evaluate(project.AccuracyThresholds) is not { MeetsEveryThreshold: true };

    public string Message => "the latest test run meets every accuracy threshold, overall and for every group";
}
