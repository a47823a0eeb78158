using System.ComponentModel.DataAnnotations;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 10: the case for retiring the tool, which a senior leader reads before deciding.</summary>
public sealed class RetirementInput
{
    [Display(Name = "Why should the tool be retired?")]
    public string? Reasons { get; set; }
}

public sealed class RetirementInputValidator : AbstractValidator<RetirementInput>
{
    public RetirementInputValidator() =>
        RuleFor(x => x.Reasons).RequiredText("Enter why the tool should be retired", TextLimits.LongText, "Reasons");
}

/// <summary>Stage 10: when the published transparency record was archived.</summary>
public sealed class ArchiveInput
{
    [Display(Name = "When was it archived?")]
    public DateInput ArchivedOn { get; set; } = new();
}

public sealed class ArchiveInputValidator : AbstractValidator<ArchiveInput>
{
    public ArchiveInputValidator() =>
        RuleFor(x => x.ArchivedOn).RequiredDate("the date the transparency record was archived");
}

/// <summary>A stopped live tool: when and how its users and the people affected were told.</summary>
public sealed class UsersToldInput
{
    [Display(Name = "When were they told?")]
    public DateInput ToldOn { get; set; } = new();

    [Display(Name = "How were they told, and what do they use instead?")]
    public string? How { get; set; }
}

public sealed class UsersToldInputValidator : AbstractValidator<UsersToldInput>
{
    public UsersToldInputValidator()
    {
        RuleFor(x => x.ToldOn).RequiredDate("the date users were told");
        RuleFor(x => x.How).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter how users and the people affected were told, and what they use instead")
            .MaximumLength(TextLimits.LongText).WithMessage($"How they were told must be {TextLimits.LongText:N0} characters or fewer");
    }
}
