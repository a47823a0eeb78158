using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lifecycle.Web.Forms;

/// <summary>
/// What the framework says when a posted value cannot be read (a tampered option, a word in a number
/// field), in the service's own words. A page's own message for the same field, when it has one, is
/// shown instead (see <see cref="TagHelpers.ModelStateExtensions.MessageFor"/>).
/// </summary>
public static partial class BindingMessages
{
    public const string Prefix = "Check your answer";

    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => For(field));
        messages.SetUnknownValueIsInvalidAccessor(For);
        messages.SetValueIsInvalidAccessor(_ => $"{Prefix}: it is not one of the options");
        messages.SetValueMustBeANumberAccessor(field => $"{Prefix} to {Readable(field)}: it must be a number");
        messages.SetValueMustNotBeNullAccessor(_ => $"{Prefix}: it cannot be left empty");
        messages.SetMissingBindRequiredValueAccessor(field => $"{Prefix} to {Readable(field)}: it is missing");
        messages.SetMissingKeyOrValueAccessor(() => $"{Prefix}: part of it is missing");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => $"{Prefix}: the form was empty");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => $"{Prefix}: it is not one of the options");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => $"{Prefix}: it is not one of the options");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => $"{Prefix}: it must be a number");
    }

    public static bool IsBindingMessage(string message) => message.StartsWith(Prefix, StringComparison.Ordinal);

    private static string For(string field) => $"{Prefix} to {Readable(field)}: it is not one of the options";

    /// <summary>"ReviewIntervalMonths" as "review interval months".</summary>
    private static string Readable(string field) => Words().Replace(field.Split('.')[^1], " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}
