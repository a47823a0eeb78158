
namespace Lifecycle.Domain.Projects;

/// <summary>A validation that supports going live with conditions lists them; one that does not set conditions lists none.</summary>
public sealed class ConditionsMustMatchVerdictRule(ValidationVerdict verdict, IReadOnlyList<string> conditions) : IBusinessRule
{
    public const int MostConditions = 20;

    public bool IsBroken() => verdict == ValidationVerdict.SupportsWithConditions
        ? conditions.Count is 0 or > MostConditions
        : conditions.Count > 0;

    public string Message => verdict == ValidationVerdict.SupportsWithConditions
        ? $"each condition the validator set is listed, one per line (at least 1, at most {MostConditions})"
        : "conditions are listed only when the validator supports going live with conditions: choose that answer, or remove the conditions";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => verdict == ValidationVerdict.SupportsWithConditions
        ? $"List each condition the validator set, one on each line (at most {MostConditions})"
        : Message;
}
