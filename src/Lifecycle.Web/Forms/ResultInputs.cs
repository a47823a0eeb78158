using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 7: how a condition set by external validation was met.</summary>
public sealed class ConditionMetInput
{
    [Display(Name = "How was it met?")]
    public string? HowMet { get; set; }
}

public sealed class ConditionMetInputValidator : AbstractValidator<ConditionMetInput>
{
    public ConditionMetInputValidator() =>
        RuleFor(x => x.HowMet).RequiredText("Say how the condition was met", TextLimits.LongText, "How it was met");
}

/// <summary>A senior leader accepts a group's gap in a result: which group, and why.</summary>
public sealed class AcceptGapInput
{
    [Display(Name = "Which group?")]
    public string? Group { get; set; }

    [Display(Name = "Why can its results be accepted?")]
    public string? Reason { get; set; }

    /// <summary>The groups still waiting for a decision; set by the page, never from the form.</summary>
    [BindNever]
    public IReadOnlyList<string> OpenGroups { get; set; } = [];
}

public sealed class AcceptGapInputValidator : AbstractValidator<AcceptGapInput>
{
    public AcceptGapInputValidator()
    {
        RuleFor(x => x.Group).Must((input, group) => input.OpenGroups.Contains(group)).WithMessage("Select the group whose gap you accept");
        RuleFor(x => x.Reason).RequiredText("Say why the group's results can be accepted without more cases", TextLimits.Reason, "Reason");
    }
}
