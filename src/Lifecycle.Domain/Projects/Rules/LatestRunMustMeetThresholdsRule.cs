namespace Lifecycle.Domain.Projects;

public sealed class LatestRunMustMeetThresholdsRule(Project project) : IBusinessRule
{
    public bool IsBroken() =>
        project.IsPredictive && project.LatestBetaRun?.Evaluate(project.AccuracyThresholds) is not { MeetsEveryThreshold: true };

    public string Message => "the latest beta test run meets every accuracy threshold, overall and for every group";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The latest beta test run does not meet every accuracy threshold: improve the tool and record another beta run, or return to Development";
}
