
namespace Lifecycle.Domain.Projects;

/// <summary>
/// Withdrawing a result that failed its thresholds would let the next gate pass on paper, so it needs
/// a senior leader on the project who did not record it (Lifecycle's own rule: four eyes on a failure).
/// </summary>
public sealed class FailedResultIsWithdrawnBySeniorLeaderRule(Project project, JudgedResult result, Guid personId) : IBusinessRule
{
    private bool Failed => project.ResultOf(result) is { MeetsEveryThreshold: false };

    public bool IsBroken() => Failed
        && (!project.RolesOf(personId).Contains(ProjectRole.SeniorLeader) || result.RecordedById == personId);

    public string Message => $"{result.Title} did not meet the accuracy thresholds, so only a senior leader on the project who did not record it can withdraw it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
