using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>A form that asks only for a reason: holding, stopping, withdrawing a result, no longer using a dataset.</summary>
public sealed class ReasonInput
{
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    /// <summary>What to ask when the reason is blank, in the page's own words; set by the page, never from the form.</summary>
    [BindNever]
    public string WhenMissing { get; set; } = "Enter the reason";
}

public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public ReasonInputValidator() =>
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(x => x.WhenMissing)
            .Must(r => r!.Trim().Length <= TextLimits.Reason).WithMessage($"Reason must be {TextLimits.Reason:N0} characters or fewer");
}
