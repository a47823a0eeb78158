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
