using FluentValidation;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Web.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<Person> signIn, IValidator<SignInModel.SignInInput> validator, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState, nameof(Input), HttpContext.RequestAborted))
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError("Input.Email", "This account is locked after too many failed attempts. Try again in 15 minutes.");
        }
        else
        {
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password.");
        }

        Input.Password = string.Empty;
        return Page();
    }

    public sealed class SignInInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class SignInInputValidator : AbstractValidator<SignInInput>
    {
        public SignInInputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password")
                .MaximumLength(256).WithMessage("Password must be 256 characters or fewer");
        }
    }
}
