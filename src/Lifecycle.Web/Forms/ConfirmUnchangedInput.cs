using System.ComponentModel.DataAnnotations;

namespace Lifecycle.Web.Forms;

public sealed class ConfirmUnchangedInput
{
    [Display(Name = "Why does the assessment still stand as it is?")]
    public string? Reason { get; set; }
}

public sealed class ConfirmUnchangedInputValidator : AbstractValidator<ConfirmUnchangedInput>
{
    public ConfirmUnchangedInputValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Enter why the assessment still stands as it is", TextLimits.Reason, "The reason");
    }
}
