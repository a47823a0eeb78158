namespace Lifecycle.Domain.Projects;

public sealed class LatestRunMustMeetThresholdsRule(Project project) : IBusinessRule
{
    public bool IsBroken() =>
        project.IsPredictive && project.LatestTestRun?.Evaluate(project.AccuracyThresholds) is not { MeetsEveryThreshold: true };

    public string Message => "the latest test run meets every accuracy threshold, overall and for every group";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The latest test run does not meet every accuracy threshold: improve the tool and record another run, or return to Development";
}
