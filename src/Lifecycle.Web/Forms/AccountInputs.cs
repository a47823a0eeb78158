using System.ComponentModel.DataAnnotations;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>Whether the person wants emails about their projects (security emails are always sent).</summary>
public sealed class EmailSettingsInput
{
    public static readonly IReadOnlyList<ChoiceItem> Choices =
    [
        new("yes", "Send me emails about my projects"),
        new("no", "Do not send me emails about my projects"),
    ];

    [Display(Name = "Emails about your projects")]
    public string? ProjectEmails { get; set; }

    public bool Wanted => ProjectEmails == "yes";
}

public sealed class EmailSettingsInputValidator : AbstractValidator<EmailSettingsInput>
{
    public EmailSettingsInputValidator() =>
        RuleFor(x => x.ProjectEmails).Must(v => v is "yes" or "no").WithMessage("Select whether you want emails about your projects");
}

/// <summary>The address to send a password reset link to.</summary>
public sealed class ForgotPasswordInput
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public string Address => Email?.Trim() ?? string.Empty;
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator() =>
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter your email address")
            .Must(v => v!.Trim().Length <= 256 && v.Contains('@', StringComparison.Ordinal)).WithMessage("Enter an email address in the correct format, like name@council.gov.uk");
}

/// <summary>A code from the authenticator app (six digits; spaces and dashes as typed are ignored) or one of the saved recovery codes.</summary>
public sealed class TwoFactorCodeInput
{
    public string? Code { get; set; }

    /// <summary>Set by the page from the route, never from the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool IsRecoveryCode { get; set; }

    public string Normalised => IsRecoveryCode
        ? (Code ?? string.Empty).Trim()
        : new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
}

public sealed class TwoFactorCodeInputValidator : AbstractValidator<TwoFactorCodeInput>
{
    public TwoFactorCodeInputValidator() =>
        RuleFor(x => x.Code)
            .Must((input, _) => input.IsRecoveryCode ? input.Normalised.Length > 0 : input.Normalised.Length == 6)
            .WithMessage(x => x.IsRecoveryCode ? "Enter one of your recovery codes" : "Enter the 6-digit code from your authenticator app");
}
