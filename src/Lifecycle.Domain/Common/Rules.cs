namespace Lifecycle.Domain.Common;

public static class Rules
{
    /// <summary>Refuses loudly when the rule is broken; otherwise does nothing.</summary>
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException([rule]);
        }
    }

    /// <summary>Checks every rule and refuses with all of those that are broken.</summary>
    public static void CheckAll(IEnumerable<IBusinessRule> rules)
    {
        var broken = rules.Where(r => r.IsBroken()).ToList();
        if (broken.Count > 0)
        {
            throw new BusinessRuleViolationException(broken);
        }
    }
}
