namespace Lifecycle.Domain.Common;

/// <summary>Thrown when an operation is refused; carries every rule that stopped it.</summary>
public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(IReadOnlyList<IBusinessRule> brokenRules)
        : base(string.Join(" ", brokenRules.Select(r => r.Message)))
    {
        if (brokenRules.Count == 0)
        {
            throw new ArgumentException("A violation needs at least one broken rule.", nameof(brokenRules));
        }

        BrokenRules = brokenRules;
    }

    public IReadOnlyList<IBusinessRule> BrokenRules { get; }
}
