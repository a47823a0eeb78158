using FluentValidation;
using Lifecycle.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

public static class ValidationExtensions
{
    /// <summary>For pages with a few loose fields: records "missing" when blank, or a length error past the limit.</summary>
    public static void RequireText(this ModelStateDictionary modelState, string key, string? value, string missing, int limit, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(key, missing);
        }
        else if (value.Trim().Length > limit)
        {
            modelState.AddModelError(key, $"{label} must be {limit:N0} characters or fewer");
        }
    }

    /// <summary>A required date: "Enter the date of the review", or a sentence asking for a real date.</summary>
    public static void RequireDate(this ModelStateDictionary modelState, string key, DateInput date, string what)
    {
        if (date.Value is null)
        {
            modelState.AddModelError(key, date.IsEmpty ? $"Enter {what}" : $"{Sentence.From(what).TrimEnd('.')} must be a real date, like 27 3 2026");
        }
    }

    /// <summary>For optional text: records a length error past the limit.</summary>
    public static void LimitText(this ModelStateDictionary modelState, string key, string? value, int limit, string label)
    {
        if (value?.Trim().Length > limit)
        {
            modelState.AddModelError(key, $"{label} must be {limit:N0} characters or fewer");
        }
    }

    /// <summary>Validates a bound input and copies each failure to model state under "prefix.Property".</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T input, ModelStateDictionary modelState, string prefix, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(input, cancellationToken);
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
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
