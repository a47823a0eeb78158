using System.ComponentModel.DataAnnotations;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 9: a new use for the live tool, and why.</summary>
public sealed class ScopeChangeInput
{
    [Display(Name = "What is changing?")]
    public string? WhatChanged { get; set; }

    [Display(Name = "Why?")]
    public string? Why { get; set; }
}

public sealed class ScopeChangeInputValidator : AbstractValidator<ScopeChangeInput>
{
    public ScopeChangeInputValidator()
    {
        RuleFor(x => x.WhatChanged).RequiredText("Enter what is changing", TextLimits.LongText, "What is changing");
        RuleFor(x => x.Why).RequiredText("Enter why it is changing", TextLimits.LongText, "Why");
    }
}
