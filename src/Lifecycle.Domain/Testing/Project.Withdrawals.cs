
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Takes a wrongly recorded test run (stage 7) or monitoring review (stage 9) out of use, with a
    /// reason. It stays on record as withdrawn and is no longer judged; withdrawing one that failed
    /// its thresholds is a senior leader's decision, so a failure cannot be quietly removed.
    /// </summary>
    public void WithdrawResult(ResultKind kind, int number, string? reason, Actor actor, DateTime at)
    {
        var result = FindResult(kind, number) ?? throw new ArgumentException("The project has no such result.", nameof(number));
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ResultMustNotBeWithdrawnRule(result),
            kind == ResultKind.TestRun
                ? new ProjectMustBeInStageRule(this, TestingStage, "a test run is withdrawn")
                : new ProjectMustBeInStageRule(this, MonitoringStage, "a monitoring review is withdrawn"),
            new FailedResultIsWithdrawnBySeniorLeaderRule(this, result, actor.PersonId),
            new ReasonMustBeGivenRule(cleanReason, "why the result was recorded wrongly"),
        ]);

        switch (result)
        {
            case TestRun run:
                run.Withdraw(cleanReason!, actor, at);
                break;
            case MonitoringReview review:
                review.Withdraw(cleanReason!, actor, at);
                break;
        }

        Record("ResultWithdrawn", result.Title, null, Snapshot.Of(new { Reason = cleanReason }), actor, at);
    }
}
