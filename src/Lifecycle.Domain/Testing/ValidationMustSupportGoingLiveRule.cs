
namespace Lifecycle.Domain.Projects;

/// <summary>Testing ends only when the latest external validation supports going live (with or without conditions).</summary>
public sealed class ValidationMustSupportGoingLiveRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.LatestValidation is { Verdict: ValidationVerdict.DoesNotSupport };

    public string Message =>
        "the latest external validation supports going live: it does not, so act on what the validator found, test again and record a new validation";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The latest external validation does not support going live: act on what the validator found, test again and record a new validation";
}
