namespace Lifecycle.Domain.Projects;

/// <summary>
/// A reason that stands in for a record ("not applicable", "not required") says enough for a reader to act on: a few
/// words at least, and not the same words as a reason given for something else.
/// </summary>
public sealed class ReasonMustBeActionableRule(string? reason, string whatFor, IEnumerable<string?> otherReasons) : IBusinessRule
{
    public const int ShortestReason = 15;
    public const int FewestWords = 3;

    private string Trimmed => reason?.Trim() ?? string.Empty;

    private bool TooShort => Trimmed.Length < ShortestReason || Trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < FewestWords;

    private bool Repeated => otherReasons.Any(other => string.Equals(other?.Trim(), Trimmed, StringComparison.OrdinalIgnoreCase));

    public bool IsBroken() => Trimmed.Length > 0 && (TooShort || Repeated);

    public string Message => $"the reason explaining {whatFor} says enough to act on (at least {FewestWords} words and {ShortestReason} characters) and is not the same as another item's";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Repeated
        ? $"The reason explaining {whatFor} is the same as one already given for something else: say why it applies here"
        : $"The reason explaining {whatFor} is too short to act on: use at least {FewestWords} words to say why";
}
