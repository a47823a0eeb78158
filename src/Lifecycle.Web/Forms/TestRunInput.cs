using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.Testing;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 7: what kind of test ran, and when. The results per group come from the shared group counts table or an upload.</summary>
public sealed class TestRunInput
{
    public static readonly IReadOnlyList<ChoiceItem> Kinds =
    [
        new(nameof(TestRunKind.Alpha), "Alpha", "On historic data, before anyone relies on the tool."),
        new(nameof(TestRunKind.Beta), "Beta", "With users on current cases, its outputs kept away from decisions, so the public is not yet affected."),
    ];

    [Display(Name = "Which test was it?")]
    public string? Kind { get; set; }

    [Display(Name = "When did the test run?")]
    public DateInput RanOn { get; set; } = new();

    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    public TestRunKind? ChosenKind => Enum.TryParse<TestRunKind>(Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

public sealed class TestRunInputValidator : AbstractValidator<TestRunInput>
{
    public TestRunInputValidator()
    {
        RuleFor(x => x.Kind).Must((input, _) => input.ChosenKind is not null).WithMessage("Select whether this was an alpha or a beta test");
        RuleFor(x => x.RanOn).RequiredDate("the date the test ran");
        RuleFor(x => x.Notes).OptionalText(TextLimits.LongText, "Notes");
    }
}
