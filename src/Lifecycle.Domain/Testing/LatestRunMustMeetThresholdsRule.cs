namespace Lifecycle.Domain.Projects;

/// <summary>
/// The latest beta run meets the thresholds in force when it was recorded, so loosening them afterwards cannot pass it,
/// and the thresholds in force now, so tightening them asks for a run that meets the tighter ones.
/// </summary>
public sealed class LatestRunMustMeetThresholdsRule(Project project) : IBusinessRule
{
    public bool IsBroken() =>
        project.IsPredictive
        && (project.LatestBetaRun is not { } run
            || project.ResultOf(run) is not { MeetsEveryThreshold: true }
            || project.Judge(run, project.AccuracyThresholds) is not { MeetsEveryThreshold: true });

    public string Message => "the latest beta test run meets every accuracy threshold, overall and for every group";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The latest beta test run does not meet every accuracy threshold: improve the tool and record another beta run, or return to Development";
}
