
namespace Lifecycle.Domain.Projects;

/// <summary>Only a group with too few cases to judge, not yet accepted, can have its gap accepted.</summary>
public sealed class GroupMustBeTooFewToJudgeRule(JudgedResult result, string group, EvaluationResult? judged) : IBusinessRule
{
    private GroupResult? Found => judged?.Groups.FirstOrDefault(g => g.Group == group);

    public bool IsBroken() => Found is not { IsTooFewToJudge: true, GapAccepted: false };

    public string Message => Found switch
    {
        null => $"{group} is one of the groups in {result.Title}",
        { IsTooFewToJudge: false } => $"{group} in {result.Title} has enough cases to be judged, so there is no gap to accept",
        _ => $"the gap for {group} in {result.Title} has already been accepted",
    };

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Found switch
    {
        null => $"{result.Title} has no group called {group}: choose one of its groups",
        { IsTooFewToJudge: false } => Message,
        _ => $"The gap for {group} in {result.Title} has already been accepted: there is nothing more to do",
    };
}
