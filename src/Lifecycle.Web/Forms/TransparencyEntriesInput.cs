using FluentValidation.Results;

namespace Lifecycle.Web.Forms;

/// <summary>
/// Stage 8: the team's own text for the transparency record's fields. The fields come from the domain's table, so the
/// form is keyed by field (<c>Values[key]</c>) rather than by property; the labels name each field in its error.
/// </summary>
public sealed record TransparencyEntriesInput(IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, string> Labels);

public sealed class TransparencyEntriesInputValidator : AbstractValidator<TransparencyEntriesInput>
{
    public TransparencyEntriesInputValidator() =>
        RuleFor(x => x.Values).Custom((values, context) =>
        {
            foreach (var (key, value) in values.Where(v => v.Value?.Trim().Length > TextLimits.LongText))
            {
                var label = context.InstanceToValidate.Labels.GetValueOrDefault(key, key);
                context.AddFailure(new ValidationFailure($"Values[{key}]", $"{label} must be {TextLimits.LongText:N0} characters or fewer"));
            }
        });
}
