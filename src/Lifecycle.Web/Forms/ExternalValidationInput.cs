using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 7: an independent validation of the tool and its verdict.</summary>
public sealed class ExternalValidationInput
{
    [Display(Name = "Who validated it")]
    public string? Validator { get; set; }

    [Display(Name = "Their organisation")]
    public string? Organisation { get; set; }

    [Display(Name = "Date of the validation")]
    public DateInput ValidatedOn { get; set; } = new();

    [Display(Name = "Does the validator support the tool going live?")]
    public string? Verdict { get; set; }

    [Display(Name = "What they concluded")]
    public string? Conclusion { get; set; }

    /// <summary>One condition a line, as the validator set them.</summary>
    [Display(Name = "Conditions the validator set (if any)")]
    public string? Conditions { get; set; }

    public ValidationVerdict? ChosenVerdict => Enum.TryParse<ValidationVerdict>(Verdict, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public List<string> ConditionLines() =>
        (Conditions ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    public ExternalValidationDetails ToDetails() =>
        new(Validator, Organisation, ValidatedOn.Value!.Value, ChosenVerdict!.Value, Conclusion, ConditionLines());
}

public sealed class ExternalValidationInputValidator : AbstractValidator<ExternalValidationInput>
{
    public ExternalValidationInputValidator()
    {
        RuleFor(x => x.Validator).RequiredText("Enter the name of the person who validated the tool", TextLimits.Name, "Name");
        RuleFor(x => x.Organisation).RequiredText("Enter the organisation they work for", TextLimits.Name, "Organisation");
        RuleFor(x => x.ValidatedOn).RequiredDate("the date of the validation");
        RuleFor(x => x.Verdict).Must((input, _) => input.ChosenVerdict is not null).WithMessage("Select whether the validator supports going live");
        RuleFor(x => x.Conclusion).RequiredText("Enter what the validator concluded", TextLimits.LongText, "Conclusion");
        RuleFor(x => x.Conditions).Custom((_, context) =>
        {
            var input = context.InstanceToValidate;
            var (verdict, conditions) = (input.ChosenVerdict, input.ConditionLines());
            if (verdict == ValidationVerdict.SupportsWithConditions && conditions.Count == 0)
            {
                context.AddFailure("Enter each condition the validator set, one on each line");
            }
            else if (verdict is not null && verdict != ValidationVerdict.SupportsWithConditions && conditions.Count > 0)
            {
                context.AddFailure("Remove the conditions, or select that the validator supports going live with conditions");
            }
            else if (conditions.Count > ConditionsMustMatchVerdictRule.MostConditions || conditions.Any(c => c.Length > TextLimits.ShortText))
            {
                context.AddFailure($"Enter at most {ConditionsMustMatchVerdictRule.MostConditions} conditions, each {TextLimits.ShortText} characters or fewer");
            }
        });
    }
}
