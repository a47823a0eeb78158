
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    public JudgedResult? FindResult(ResultKind kind, int number) => kind switch
    {
        ResultKind.TestRun => _testRuns.FirstOrDefault(r => r.Number == number),
        ResultKind.MonitoringReview => _monitoringReviews.FirstOrDefault(r => r.Number == number),
    };

    /// <summary>A result judged against the thresholds in force when it was recorded; null once it is withdrawn.</summary>
    public EvaluationResult? ResultOf(JudgedResult result) =>
        result.Withdrawal is null ? Judge(result, ThresholdsInForce(result.ThresholdsVersion)) : null;

    /// <summary>A result judged against the given thresholds, with the senior leader's agreement (if any) that the tool cannot be judged by group.</summary>
    public EvaluationResult? Judge(JudgedResult result, AccuracyThresholds? thresholds) => result.Evaluate(thresholds, UngroupedResultsAgreed);

    /// <summary>A senior leader who took no part agreed the current design's reason the tool cannot be judged by group.</summary>
    public bool UngroupedResultsAgreed =>
        AccuracyThresholds?.WhyNotByGroup is not null && ApprovalStateOf(SignOffKind.UngroupedResults) == ApprovalState.Approved;

    /// <summary>
    /// A senior leader accepts that a group in a test run or review had too few cases to judge, with a
    /// reason; the result can then pass without more cases. Nobody accepts a gap in a result they recorded.
    /// </summary>
    public void AcceptSmallGroupGap(ResultKind kind, int number, string group, string? reason, Actor actor, DateTime at)
    {
        var result = FindResult(kind, number) ?? throw new ArgumentException("The project has no such result.", nameof(number));
        var cleanReason = DomainText.Optional(reason, TextLimits.Reason, "Reason");
        Rules.CheckAll(
        [
            new ProjectMustNotBeStoppedRule(this),
            new ResultMustNotBeWithdrawnRule(result),
            new DeciderMustBeSeniorLeaderRule(this, actor.PersonId),
            new GapMustBeAcceptedBySomeoneElseRule(result, actor.PersonId),
            new DeciderMustHaveTakenNoPartRule(this, actor.PersonId),
            new DeciderMustHaveBeenLeaderBeforeSubmissionRule(this, actor.PersonId, result.RecordedAt),
            new GroupMustBeTooFewToJudgeRule(result, group, ResultOf(result)),
            new ReasonMustBeGivenRule(cleanReason, "why the group's results can be accepted without more cases"),
        ]);

        switch (result)
        {
            case TestRun run:
                run.AcceptGap(group, cleanReason!, actor, at);
                break;
            case MonitoringReview review:
                review.AcceptGap(group, cleanReason!, actor, at);
                break;
        }

        Record("SmallGroupGapAccepted", $"{result.Title}: {group}", null, Snapshot.Of(new { Group = group, Reason = cleanReason }), actor, at);
    }
}
