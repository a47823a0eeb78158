using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

/// <summary>Only a group with too few cases to judge, not yet accepted, can have its gap accepted.</summary>
public sealed class GroupMustBeTooFewToJudgeRule(IJudgedResult result, string group, EvaluationResult? judged) : IBusinessRule
{
    private GroupResult? Found => judged?.Groups.FirstOrDefault(g => g.Group == group);

    public bool IsBroken() => Found is not { IsTooFewToJudge: true, GapAccepted: false };

    public string Message => Found switch
    {
        null => $"{result.Title} has a group called {group}: choose one of its groups",
        { IsTooFewToJudge: false } => $"{group} in {result.Title} has enough cases to be judged, so there is no gap to accept",
        _ => $"the gap for {group} in {result.Title} has already been accepted",
    };
}
