using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

public static class ValidationExtensions
{
    /// <summary>Validates a bound input and copies each failure to model state under "prefix.Property" (or "Property" with no prefix).</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T input, ModelStateDictionary modelState, string prefix, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(input, cancellationToken);
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError(prefix.Length == 0 ? failure.PropertyName : $"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }

    /// <summary>Shows each rule the domain refused with, as a sentence, against the given field (or the page).</summary>
    public static void AddRuleViolations(this ModelStateDictionary modelState, BusinessRuleViolationException violation, string key = "")
    {
        foreach (var rule in violation.BrokenRules)
        {
            modelState.AddModelError(key, Sentence.From(rule.Refusal));
        }
    }
}
