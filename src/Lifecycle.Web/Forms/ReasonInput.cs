using FluentValidation;
using Lifecycle.Domain.Common;

namespace Lifecycle.Web.Forms;

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}

public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public ReasonInputValidator() =>
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the reason")
            .MaximumLength(TextLimits.Reason).WithMessage($"Reason must be {TextLimits.Reason:N0} characters or fewer");
}
