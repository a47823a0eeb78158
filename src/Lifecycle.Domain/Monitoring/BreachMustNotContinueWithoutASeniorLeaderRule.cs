namespace Lifecycle.Domain.Projects;

/// <summary>
/// A monitoring review whose figures miss a threshold concludes "continue" only as a senior leader's decision, with a
/// reason, by someone who took no part in the work (stage 9).
/// </summary>
public sealed class BreachMustNotContinueWithoutASeniorLeaderRule(Project project, Guid personId, string? reason) : IBusinessRule
{
    private bool DecidedBySomeoneApart =>
        project.RolesOf(personId).Contains(ProjectRole.SeniorLeader) && !new DeciderMustHaveTakenNoPartRule(project, personId).IsBroken();

    public bool IsBroken() => !DecidedBySomeoneApart || string.IsNullOrWhiteSpace(reason);

    public string Message => "a review that misses a threshold concludes ‘continue’ only when a senior leader who took no part in the work records it, with a reason";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => DecidedBySomeoneApart
        ? "The review misses an accuracy threshold: say why the tool should continue as it is"
        : "The review misses an accuracy threshold, so only a senior leader who took no part in the work can conclude ‘continue’: choose adapt or retire, or ask a senior leader to record the review";
}
