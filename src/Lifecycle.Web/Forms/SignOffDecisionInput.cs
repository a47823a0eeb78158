using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.TagHelpers.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>A senior leader's decision on something submitted for sign-off. The domain requires the comment on a rejection.</summary>
public sealed class SignOffDecisionInput
{
    public static readonly IReadOnlyList<ChoiceItem> Choices =
    [
        new(nameof(Domain.SignOffs.Decision.Approved), "Approve"),
        new(nameof(Domain.SignOffs.Decision.Rejected), "Reject"),
    ];

    [Display(Name = "Your decision")]
    public string? Choice { get; set; }

    [Display(Name = "Comment")]
    public string? Comment { get; set; }

    /// <summary>What is being decided, as in "Select whether you approve or reject {Subject}"; set by the page.</summary>
    [BindNever]
    public string Subject { get; set; } = "it";

    public Decision? Decision => Enum.TryParse<Decision>(Choice, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

public sealed class SignOffDecisionInputValidator : AbstractValidator<SignOffDecisionInput>
{
    public SignOffDecisionInputValidator()
    {
        RuleFor(x => x.Choice).Must((input, _) => input.Decision is not null).WithMessage(x => $"Select whether you approve or reject {x.Subject}");
        RuleFor(x => x.Comment).OptionalText(TextLimits.Reason, "Comment");
    }
}
