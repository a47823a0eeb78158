using System.ComponentModel.DataAnnotations;

namespace Lifecycle.Web.Forms;

public sealed class KeepInUseInput
{
    [Display(Name = "Why should the tool stay in use while this is put right?")]
    public string? Reason { get; set; }
}

public sealed class KeepInUseInputValidator : AbstractValidator<KeepInUseInput>
{
    public KeepInUseInputValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Enter why the tool should stay in use while this is put right", TextLimits.Reason, "The reason");
    }
}
