using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Runs the form's validator (every form has one) and puts each failure on model state under "Input.Property".</summary>
    public static Task<bool> ValidateAsync<TInput>(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, TInput input, string prefix = "Input") =>
        page.HttpContext.RequestServices.GetRequiredService<IValidator<TInput>>()
            .ValidateIntoAsync(input, page.ModelState, prefix, page.HttpContext.RequestAborted);

    /// <summary>Shows each rule the domain refused with, as a sentence, against the given field (or the page).</summary>
    public static void AddRuleViolations(this ModelStateDictionary modelState, BusinessRuleViolationException violation, string key = "")
    {
        foreach (var rule in violation.BrokenRules)
        {
            modelState.AddModelError(key, Sentence.From(rule.Refusal));
        }
    }
}
